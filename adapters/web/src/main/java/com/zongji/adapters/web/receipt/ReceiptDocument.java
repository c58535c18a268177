package com.zongji.adapters.web.receipt;

import com.zongji.engine.receipt.Receipt;
import com.zongji.engine.servicewindow.ShanghaiTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** A receipt as a one-page A5 landscape PDF: Chinese labels first, English beneath, yuan as {@code Money} shows them. */
final class ReceiptDocument {

    private static final DateTimeFormatter PAID_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final PDRectangle A5_LANDSCAPE = new PDRectangle(PDRectangle.A5.getHeight(), PDRectangle.A5.getWidth());
    private static final float MARGIN = 56;
    private static final float VALUE_COLUMN = 200;
    private static final float ROW = 30;

    private record Row(String label, String english, String value) {
    }

    private ReceiptDocument() {
    }

    static byte[] of(Receipt receipt, String enterpriseName) {
        ReceiptCanvas canvas = new ReceiptCanvas();
        float width = A5_LANDSCAPE.getWidth();
        float top = A5_LANDSCAPE.getHeight() - MARGIN;

        canvas.centred(width / 2, top, 24, 0, "收据");
        canvas.centred(width / 2, top - 18, 10, 0.4f, "RECEIPT");
        canvas.line(MARGIN, top - 30, width - MARGIN, top - 30, 0.8f);

        float y = top - 58;
        for (Row row : rows(receipt, enterpriseName)) {
            canvas.text(MARGIN, y, 12, 0, row.label());
            canvas.text(MARGIN, y - 11, 8, 0.4f, row.english());
            canvas.text(VALUE_COLUMN, y, 12, 0, row.value());
            y -= ROW;
        }
        canvas.line(MARGIN, y + 8, width - MARGIN, y + 8, 0.4f);
        canvas.text(MARGIN, y - 8, 9, 0.4f, "本收据由总机平台根据支付通知自动开具。 Issued by Zongji on the payment provider's notification.");
        return write(canvas, receipt);
    }

    private static List<Row> rows(Receipt receipt, String enterpriseName) {
        return List.of(
                new Row("付款企业", "Enterprise", enterpriseName),
                new Row("收据编号", "Receipt No.", receipt.getReceiptNumber()),
                new Row("订单号", "Order No.", receipt.getOrderNumber()),
                new Row("充值金额", "Amount", "¥" + receipt.amount().toYuanString()),
                new Row("赠送金额", "Bonus", "¥" + receipt.bonus().toYuanString()),
                new Row("支付时间", "Paid at", PAID_AT.format(ShanghaiTime.local(receipt.getPaidAt())) + " (北京时间 UTC+8)"),
                new Row("支付流水号", "Payment reference", receipt.getPaymentReference()));
    }

    private static byte[] write(ReceiptCanvas canvas, Receipt receipt) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            document.setVersion(1.7f);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle("收据 " + receipt.getReceiptNumber());
            information.setCreator("Zongji");

            PDPage page = new PDPage(A5_LANDSCAPE);
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.FONT, canvas.fonts());
            page.setResources(resources);
            PDStream content = new PDStream(document);
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(canvas.content());
            }
            page.setContents(content);
            document.addPage(page);
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
