// Draws the installable app's icons (static/icons): java bin/AppIcons.java src/main/resources/META-INF/resources/static/icons
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

public class AppIcons {
    public static void main(String[] a) throws Exception {
        String dir = a[0];
        write(192, false, dir + "/icon-192.png");
        write(512, false, dir + "/icon-512.png");
        write(512, true, dir + "/icon-maskable-512.png");
    }

    static void write(int size, boolean maskable, String path) throws Exception {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        Color teal = new Color(0x0b, 0x6e, 0x6e);
        g.setColor(teal);
        if (maskable) {
            g.fillRect(0, 0, size, size);
        } else {
            g.fill(new RoundRectangle2D.Double(0, 0, size, size, size * 0.36, size * 0.36));
        }
        // the figure lives in a 100x100 box; the maskable one keeps to the middle 60% (the safe zone is 80%)
        double scale = maskable ? size * 0.6 / 100 : size * 0.8 / 100;
        double off = (size - 100 * scale) / 2;
        g.translate(off, off);
        g.scale(scale, scale);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.fill(new Ellipse2D.Double(42, 6, 16, 16));           // head
        g.draw(new Line2D.Double(50, 30, 50, 62));              // body
        g.draw(new Line2D.Double(50, 36, 24, 18));              // arms up in a stretch
        g.draw(new Line2D.Double(50, 36, 76, 18));
        g.draw(new Line2D.Double(50, 62, 34, 92));              // legs
        g.draw(new Line2D.Double(50, 62, 66, 92));
        g.setColor(new Color(0xff, 0xd1, 0x66));
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(12, 4, 76, 76, 150, -120, Arc2D.OPEN)); // the movement's arc
        g.dispose();
        ImageIO.write(img, "png", new File(path));
    }
}
