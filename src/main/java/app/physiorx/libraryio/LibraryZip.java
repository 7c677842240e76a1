package app.physiorx.libraryio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

    record Unpacked(byte[] document, Map<String, byte[]> media, List<ImportError> errors) {
        static Unpacked refused(String message) {
            return new Unpacked(null, Map.of(), List.of(ImportError.file(message)));
        }
    }

    static void write(byte[] document, Map<String, byte[]> media, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(DOCUMENT));
        zip.write(document);
        zip.closeEntry();
        for (Map.Entry<String, byte[]> file : media.entrySet()) {
            zip.putNextEntry(new ZipEntry(file.getKey()));
            zip.write(file.getValue());
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

    static Unpacked read(byte[] zipBytes, Limits limits) {
        byte[] document = null;
        Map<String, byte[]> media = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
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
                byte[] data = readCapped(zip, cap);
                if (data == null) {
                    return Unpacked.refused(total + cap >= limits.maxUnpackedBytes()
                            ? "the ZIP unpacks to more than " + limits.maxUnpackedBytes() / (1024 * 1024) + " MB"
                            : "the ZIP entry \"" + name + "\" is too large");
                }
                total += data.length;
                if (isDocument) {
                    document = data;
                } else {
                    media.put(name, data);
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

    /** The entry's bytes, or null when it holds more than {@code cap}. */
    private static byte[] readCapped(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            read += n;
            if (read > cap) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String printable(String name) {
        String clean = name == null ? "" : name.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() > 80 ? clean.substring(0, 80) : clean;
    }
}
