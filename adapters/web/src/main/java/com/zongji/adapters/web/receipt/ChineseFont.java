package com.zongji.adapters.web.receipt;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * Chinese text in Adobe's STSong-Light, a standard Simplified Chinese CID font (character collection
 * Adobe-GB1) that a PDF names without embedding it: PDF readers bring it or a Song substitute, and the
 * predefined UniGB-UTF16-H CMap takes the text as UTF-16, so extraction and copy-paste give back the
 * characters. Nothing to ship or license and nothing fetched at run time, where an embedded font would
 * add a whole CJK font (about 10 MB) to the engine, and the Noto Sans SC packages found in the registries
 * (web fonts split into WOFF2 pieces) are not a font PDFBox can embed.
 * Every glyph of the collection used here is one em wide; Latin text goes to Helvetica instead.
 */
final class ChineseFont {

    static final String ENCODING = "UniGB-UTF16-H";

    private ChineseFont() {
    }

    static COSDictionary dictionary() {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        descriptor.setItem(COSName.FONT_BBOX, numbers(-25, -254, 1000, 880));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("GB1"));
        systemInfo.setInt(COSName.SUPPLEMENT, 4);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cidFont.setName(COSName.BASE_FONT, "STSong-Light");
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);

        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-" + ENCODING);
        font.setName(COSName.ENCODING, ENCODING);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    /** Width in text space units (thousandths of the font size): one em per character. */
    static float width(String text) {
        return text.codePointCount(0, text.length()) * 1000f;
    }

    private static COSArray numbers(int... values) {
        COSArray array = new COSArray();
        for (int value : values) {
            array.add(COSInteger.get(value));
        }
        return array;
    }
}
