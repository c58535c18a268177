package com.zongji.adapters.web.payment;

import com.zongji.engine.billing.Money;
import com.zongji.engine.billing.Recharging;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment provider's asynchronous notification. No login: the signature authenticates the provider.
 * The provider repeats a notification until it reads {@code success}, so a paid order answers
 * {@code success} again and credits nothing more.
 */
@Slf4j
@RestController
@RequiredArgsConstructor
class PaymentNotificationController {

    private static final Set<String> PAID_STATUSES = Set.of("TRADE_SUCCESS", "TRADE_FINISHED");

    private final NotificationSignature signature;
    private final Recharging recharging;

    @PostMapping(path = "/api/payments/notify", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> notify(@RequestParam Map<String, String> parameters) {
        if (!signature.isGenuine(parameters)) {
            log.warn("Refused a payment notification with a bad signature: out_trade_no={} trade_no={}",
                    parameters.get("out_trade_no"), parameters.get("trade_no"));
            return ResponseEntity.badRequest().body("failure");
        }
        if (PAID_STATUSES.contains(parameters.get("trade_status"))) {
            try {
                recharging.paid(required(parameters, "out_trade_no"), Money.ofYuan(required(parameters, "total_amount")),
                        required(parameters, "trade_no"));
            } catch (IllegalArgumentException | NoSuchElementException refused) {
                log.warn("Refused a signed payment notification for out_trade_no={}: {}",
                        parameters.get("out_trade_no"), refused.getMessage());
                return ResponseEntity.badRequest().body("failure");
            }
        }
        return ResponseEntity.ok("success");
    }

    private static String required(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("支付通知缺少参数 " + name + " (missing parameter)");
        }
        return value;
    }
}
