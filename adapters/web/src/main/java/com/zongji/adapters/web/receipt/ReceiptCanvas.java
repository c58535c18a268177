package com.zongji.adapters.web.receipt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * The content stream of a receipt page, written operator by operator: PDFBox encodes text only for fonts
 * it can measure and embed, and the Chinese font here is named, not embedded. Text is split into runs:
 * what Helvetica's WinAnsi encoding can show goes to Helvetica, the rest to the Chinese font.
 */
final class ReceiptCanvas {

    static final String LATIN = "Latin";
    static final String CHINESE = "Chinese";

    private final PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final StringBuilder operators = new StringBuilder();

    /** The page's /Font resources for the two names the operators use. */
    COSDictionary fonts() {
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName(LATIN), helvetica.getCOSObject());
        fonts.setItem(COSName.getPDFName(CHINESE), ChineseFont.dictionary());
        return fonts;
    }

    byte[] content() {
        return operators.toString().getBytes(StandardCharsets.US_ASCII);
    }

    void text(float x, float y, float size, float grey, String text) {
        operators.append("BT ").append(grey).append(" g ");
        float advanced = 0;
        for (String run : runs(text)) {
            boolean latin = isLatin(run.codePointAt(0));
            operators.append('/').append(latin ? LATIN : CHINESE).append(' ').append(size).append(" Tf ")
                    .append("1 0 0 1 ").append(x + advanced).append(' ').append(y).append(" Tm <")
                    .append(HexFormat.of().formatHex(latin ? winAnsi(run) : run.getBytes(StandardCharsets.UTF_16BE)))
                    .append("> Tj ");
            advanced += width(run, latin) * size / 1000;
        }
        operators.append("ET\n");
    }

    void centred(float centre, float y, float size, float grey, String text) {
        text(centre - width(text, size) / 2, y, size, grey, text);
    }

    float width(String text, float size) {
        float width = 0;
        for (String run : runs(text)) {
            width += width(run, isLatin(run.codePointAt(0)));
        }
        return width * size / 1000;
    }

    void line(float x1, float y1, float x2, float y2, float thickness) {
        operators.append("0 G ").append(thickness).append(" w ")
                .append(x1).append(' ').append(y1).append(" m ").append(x2).append(' ').append(y2).append(" l S\n");
    }

    private float width(String run, boolean latin) {
        try {
            return latin ? helvetica.getStringWidth(run) : ChineseFont.width(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] winAnsi(String run) {
        try {
            return helvetica.encode(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isLatin(int codePoint) {
        String glyph = GlyphList.getAdobeGlyphList().codePointToName(codePoint);
        return WinAnsiEncoding.INSTANCE.contains(glyph);
    }

    private List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            boolean latin = isLatin(text.codePointAt(start));
            int end = start;
            while (end < text.length() && isLatin(text.codePointAt(end)) == latin) {
                end += Character.charCount(text.codePointAt(end));
            }
            runs.add(text.substring(start, end));
            start = end;
        }
        return runs;
    }
}
