package com.zongji.adapters.web.receipt;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.enterprise.EnterpriseRepository;
import com.zongji.engine.receipt.IssuingReceipts;
import com.zongji.engine.receipt.Receipt;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An enterprise admin lists the receipts of the own enterprise's paid recharges and downloads each as PDF. */
@RestController
@RequestMapping("/api/receipts")
@RequiredArgsConstructor
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class ReceiptController {

    record ReceiptView(String receiptNumber, String orderNumber, long amountThousandths, long bonusThousandths,
                       String amountYuan, String bonusYuan, Instant paidAt, String paymentReference, String pdf) {

        static ReceiptView of(Receipt receipt) {
            return new ReceiptView(receipt.getReceiptNumber(), receipt.getOrderNumber(), receipt.amount().thousandths(),
                    receipt.bonus().thousandths(), receipt.amount().toYuanString(), receipt.bonus().toYuanString(),
                    receipt.getPaidAt(), receipt.getPaymentReference(),
                    "/api/receipts/" + receipt.getReceiptNumber() + ".pdf");
        }
    }

    private final IssuingReceipts receipts;
    private final EnterpriseRepository enterprises;

    @GetMapping
    List<ReceiptView> receipts(@AuthenticationPrincipal SignedInUser admin) {
        return receipts.receipts(admin.tenant()).stream().map(ReceiptView::of).toList();
    }

    @GetMapping("/{number}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser admin, @PathVariable String number) {
        Receipt receipt = receipts.receipt(admin.tenant(), number);
        String enterpriseName = enterprises.findById(receipt.getEnterpriseId()).orElseThrow().getName();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(number + ".pdf").build().toString())
                .body(ReceiptDocument.of(receipt, enterpriseName));
    }
}
