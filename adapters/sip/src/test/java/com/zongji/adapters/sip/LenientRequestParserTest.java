package com.zongji.adapters.sip;

import static com.zongji.adapters.sip.SipMessages.request;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.core.CommonLogger;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.text.ParseException;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LenientRequestParserTest {

    @BeforeAll
    static void parserLogsWithoutAStack() {
        CommonLogger.legacyLogger = new Slf4jStackLogger();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Via", "Via: SIP/2.0/UDP 127.0.0.1:5060;;branch==;rport=x"})
    void dropsARequestWithNowhereToAnswer(String via) throws ParseException {
        assertThat(parse(request("INVITE", "sip:02700000000@127.0.0.1", via))).isNull();
    }

    @Test
    void dropsWhatIsNotSip() throws ParseException {
        Random random = new Random(7);
        byte[] junk = new byte[600];
        for (int i = 0; i < 200; i++) {
            random.nextBytes(junk);
            assertThat(parse(new String(junk, ISO_8859_1))).isNull();
            assertThat(parse("INVITE sip:" + new String(junk, ISO_8859_1))).isNull();
        }
        assertThat(parse("\r\n\r\n")).isNull();
    }

    @Test
    void keepsTheSipVersionSoTheStackCanRefuseIt() throws ParseException {
        String sip3 = request("OPTIONS sip:127.0.0.1 SIP/3.0", "UDP", 5060);

        assertThat(((SIPRequest) parse(sip3)).getRequestLine().getSipVersion()).isEqualTo("SIP/3.0");
    }

    /** RFC 4475 trws: spaces after the version are read past, not taken for a version. */
    @Test
    void readsTheVersionPastTrailingSpaces() throws ParseException {
        String trailing = request("OPTIONS sip:127.0.0.1 SIP/2.0  ", "UDP", 5060);

        assertThat(((SIPRequest) parse(trailing)).getRequestLine().getSipVersion()).isEqualTo("SIP/2.0");
    }

    @Test
    void leavesResponsesToTheStack() throws ParseException {
        String ok = "\u0001SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1;branch=z9hG4bK1\r\nCSeq: 1 OPTIONS\r\n\r\n";

        assertThat(parse(ok)).isInstanceOf(SIPResponse.class);
    }

    @Test
    void leavesAWellFormedRequestAlone() throws ParseException {
        SIPMessage request = parse(request("INVITE", "sip:02700000000@127.0.0.1", "-Content-Length"));

        assertThat(request.getUnrecognizedHeaders().hasNext()).isFalse();
        assertThat(request.getContentLength().getContentLength()).isZero();
    }

    private static SIPMessage parse(String text) throws ParseException {
        return new LenientRequestParser().parseSIPMessage(text.getBytes(ISO_8859_1), true, false, null);
    }
}
