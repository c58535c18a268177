package com.zongji.adapters.web.payment;

import com.zongji.adapters.web.security.SignedInUser;
import com.zongji.engine.billing.Money;
import com.zongji.engine.billing.RechargeOrder;
import com.zongji.engine.billing.RechargeStatus;
import com.zongji.engine.billing.Recharging;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An enterprise admin starts recharges of the own enterprise and sees their orders. */
@RestController
@RequestMapping("/api/recharges")
@RequiredArgsConstructor
@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
class RechargeController {

    /** Exactly one of the two: yuan as text ("1000.00", at most 2 decimals) or thousandths of a yuan. */
    record RechargeRequest(String amountYuan, Long amountThousandths) {

        Money amount() {
            if ((amountYuan == null) == (amountThousandths == null)) {
                throw new IllegalArgumentException("请填写 amountYuan 或 amountThousandths 其中之一 (give exactly one amount)");
            }
            return amountYuan != null ? Money.ofYuan(amountYuan) : Money.ofThousandths(amountThousandths);
        }
    }

    record RechargeView(String orderNumber, long amountThousandths, long bonusThousandths, String amountYuan,
                        String bonusYuan, RechargeStatus status, Instant createdAt, Instant paidAt) {

        static RechargeView of(RechargeOrder order) {
            return new RechargeView(order.getOrderNumber(), order.amount().thousandths(), order.bonus().thousandths(),
                    order.amount().toYuanString(), order.bonus().toYuanString(), order.getStatus(),
                    order.getCreatedAt(), order.getPaidAt());
        }
    }

    private final Recharging recharging;

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RechargeView start(@AuthenticationPrincipal SignedInUser admin, @RequestBody RechargeRequest request) {
        return RechargeView.of(recharging.start(admin.tenant(), request.amount()));
    }

    @GetMapping
    List<RechargeView> orders(@AuthenticationPrincipal SignedInUser admin) {
        return recharging.orders(admin.tenant()).stream().map(RechargeView::of).toList();
    }
}
