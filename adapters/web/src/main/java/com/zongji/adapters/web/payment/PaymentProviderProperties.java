package com.zongji.adapters.web.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The payment provider as configured under {@code zongji.payment}: its public key (base64 X.509), with
 * which every asynchronous notification's signature is checked. Without one, every notification is refused.
 */
@ConfigurationProperties("zongji.payment")
public record PaymentProviderProperties(String providerPublicKey) {
}
