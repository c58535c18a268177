package com.zongji.adapters.web.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Alipay-style RSA2 check of a notification: SHA256withRSA over the parameters other than {@code sign}
 * and {@code sign_type}, sorted by name and joined as {@code key=value&...}; parameters without a value
 * are left out, as the provider leaves them out when signing.
 */
@Component
class NotificationSignature {

    private static final String ALGORITHM = "SHA256withRSA";

    private final Optional<PublicKey> providerKey;

    NotificationSignature(PaymentProviderProperties provider) {
        this.providerKey = Optional.ofNullable(provider.providerPublicKey())
                .filter(key -> !key.isBlank())
                .map(NotificationSignature::publicKey);
    }

    boolean isGenuine(Map<String, String> parameters) {
        String sign = parameters.get("sign");
        if (providerKey.isEmpty() || sign == null || !"RSA2".equals(parameters.get("sign_type"))) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(providerKey.get());
            verifier.update(signedContent(parameters).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(sign));
        } catch (IllegalArgumentException | GeneralSecurityException unreadable) {
            return false;
        }
    }

    static String signedContent(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .filter(p -> !p.getKey().equals("sign") && !p.getKey().equals("sign_type"))
                .filter(p -> p.getValue() != null && !p.getValue().isEmpty())
                .map(p -> p.getKey() + "=" + p.getValue())
                .collect(Collectors.joining("&"));
    }

    private static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("zongji.payment.provider-public-key 不是有效的 RSA 公钥 (not a base64 X.509 RSA key)", e);
        }
    }
}
