package app.physiorx.libraryio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The library as a ZIP: {@code library.json} and a {@code media/} folder. Reading never trusts the archive: an
 * entry name that climbs out ("../", an absolute path, a drive letter, a backslash) is refused, entries are
 * counted, and the bytes actually unpacked (not the sizes the headers claim) are capped, entry by entry and in all.
 */
final class LibraryZip {
    static final String DOCUMENT = "library.json";
    private static final String MEDIA = "media/";

    private LibraryZip() {
    }

    record Limits(int maxEntries, long maxUnpackedBytes, long maxDocumentBytes, long maxMediaBytes) {
    }

    /** {@code media}: each media entry's name to its bytes, unpacked into a file of the import's own folder. */
    record Unpacked(byte[] document, Map<String, Path> media, List<ImportError> errors) {
        static Unpacked refused(String message) {
            return new Unpacked(null, Map.of(), List.of(ImportError.file(message)));
        }
    }

    static void write(byte[] document, Map<String, Path> media, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(DOCUMENT));
        zip.write(document);
        zip.closeEntry();
        for (Map.Entry<String, Path> file : media.entrySet()) {
            zip.putNextEntry(new ZipEntry(file.getKey()));
            Files.copy(file.getValue(), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** True when the name stays inside the archive's folder. */
    static boolean safeName(String name) {
        if (name == null || name.isEmpty() || name.length() > 200 || name.startsWith("/") || name.contains("\\")
                || name.indexOf('\0') >= 0 || name.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }

    static Unpacked read(Path zipFile, Limits limits, Path folder) {
        byte[] document = null;
        Map<String, Path> media = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    return Unpacked.refused("the ZIP holds more than " + limits.maxEntries() + " entries");
                }
                String name = entry.getName();
                if (!safeName(name)) {
                    return Unpacked.refused("the ZIP entry \"" + printable(name) + "\" points outside the archive");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                boolean isDocument = name.equals(DOCUMENT);
                if (!isDocument && !name.startsWith(MEDIA)) {
                    continue; // not ours (a README, a system file): left unread
                }
                long cap = Math.min(isDocument ? limits.maxDocumentBytes() : limits.maxMediaBytes(),
                        limits.maxUnpackedBytes() - total);
                Path target = folder.resolve("entry-" + entries);
                long size = copyCapped(zip, target, cap);
                if (size < 0) {
                    return Unpacked.refused(total + cap >= limits.maxUnpackedBytes()
                            ? "the ZIP unpacks to more than " + limits.maxUnpackedBytes() / (1024 * 1024) + " MB"
                            : "the ZIP entry \"" + printable(name) + "\" is too large");
                }
                total += size;
                if (isDocument) {
                    document = Files.readAllBytes(target);
                } else {
                    media.put(name, target);
                }
            }
        } catch (ZipException e) {
            return Unpacked.refused("the ZIP could not be read");
        } catch (IOException e) {
            return Unpacked.refused("the ZIP could not be read");
        }
        if (document == null) {
            return Unpacked.refused("the ZIP has no " + DOCUMENT);
        }
        return new Unpacked(document, media, List.of());
    }

    /** Copies the entry into the file; its size, or -1 as soon as it holds more than {@code cap}. */
    private static long copyCapped(InputStream in, Path target, long cap) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                read += n;
                if (read > cap) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return read;
    }

    private static String printable(String name) {
        String clean = name == null ? "" : name.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() > 80 ? clean.substring(0, 80) : clean;
    }
}
