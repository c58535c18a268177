package com.zongji.adapters.sip;

import gov.nist.javax.sip.message.SIPMessage;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import static com.zongji.adapters.sip.SipMessages.request;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.zongji.engine.numbering.NumberStatus;
import com.zongji.engine.numbering.OfficeNumberRepository;
import com.zongji.engine.numbering.ServedNumbers;
import gov.nist.core.CommonLogger;
import java.text.ParseException;
import java.util.Optional;
import javax.sip.RequestEvent;
import javax.sip.message.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

/** What each request gets, parsed the way the running stack parses it. */
class RequestRouteTest {

    private final OfficeNumberRepository numbers = mock(OfficeNumberRepository.class);
    private final InboundLegs inbound = mock(InboundLegs.class);
    private final DialogRequests dialogs = mock(DialogRequests.class);
    private final InviteAdmission admission =
            new InviteAdmission(new OverloadLimits(1, 1, 2, Duration.ofSeconds(7)), null, () -> 0L);
    private final RequestRoute route = new RequestRoute(new ServedNumbers(numbers), inbound, dialogs, admission);

    @BeforeAll
    static void parserLogsWithoutAStack() {
        CommonLogger.legacyLogger = new Slf4jStackLogger();
    }

    @Test
    void optionsIsAnsweredWithTheAllowedMethods() throws ParseException {
        assertThat(route(request("OPTIONS", "sip:127.0.0.1"))).contains(Reply.withAllowedMethods(200));
    }

    @Test
    void inviteToAnUnknownNumberIsNotFound() throws ParseException {
        assertThat(route(request("INVITE", "sip:02700000000@127.0.0.1"))).contains(Reply.of(404));
    }

    @Test
    void inviteToAServedNumberIsOfferedToTheEngine() throws ParseException {
        when(numbers.existsByNumberAndStatus("02787654321", NumberStatus.ASSIGNED)).thenReturn(true);

        assertThat(route(request("INVITE", "sip:02787654321@127.0.0.1"))).isEmpty();
        assertThat(route(request("INVITE", "tel:02787654321"))).isEmpty();

        verify(inbound, times(2)).offer(any(), eq("02787654321"), any());
    }

    /** The cap here is 2 calls setting up; the first INVITE's number is not served, so it gives its place back. */
    @Test
    void invitesBeyondTheCallsBeingSetUpAreTurnedAwayUntilOneIsAnswered() throws ParseException {
        when(numbers.existsByNumberAndStatus("02787654321", NumberStatus.ASSIGNED)).thenReturn(true);
        assertThat(route(request("INVITE", "sip:02700000000@127.0.0.1"))).contains(Reply.of(404));
        assertThat(route(request("INVITE", "sip:02787654321@127.0.0.1"))).isEmpty();
        assertThat(route(request("INVITE", "sip:02787654321@127.0.0.1"))).isEmpty();

        assertThat(route(request("INVITE", "sip:02787654321@127.0.0.1"))).contains(Reply.overloaded(7));
        assertThat(route(request("INVITE", "sip:02700000000@127.0.0.1"))).contains(Reply.overloaded(7));

        ArgumentCaptor<Runnable> places = ArgumentCaptor.forClass(Runnable.class);
        verify(inbound, times(2)).offer(any(), eq("02787654321"), places.capture());
        places.getValue().run();
        assertThat(route(request("INVITE", "sip:02787654321@127.0.0.1"))).isEmpty();
        assertThat(admission.callsSettingUp()).isEqualTo(2);
    }

    @Test
    void aSecondInviteFromOneSourceWithinItsSecondIsTurnedAway() throws Exception {
        InetAddress caller = InetAddress.getByName("192.0.2.7");

        assertThat(route(request("INVITE", "sip:02700000000@127.0.0.1"), caller)).contains(Reply.of(404));
        assertThat(route(request("INVITE", "sip:02700000000@127.0.0.1"), caller)).contains(Reply.overloaded(7));
        assertThat(route(request("INVITE", "sip:02700000000@127.0.0.1"), InetAddress.getByName("192.0.2.8")))
                .contains(Reply.of(404));
        assertThat(route(request("OPTIONS", "sip:127.0.0.1"), caller)).contains(Reply.withAllowedMethods(200));
    }

    @Test
    void ackIsNeverAnsweredButReachesTheLegs() throws ParseException {
        assertThat(route(request("ACK", "sip:02700000000@127.0.0.1"))).isEmpty();
        assertThat(route(request("ACK", "sip:02700000000@127.0.0.1", "CSeq: abc ACK"))).isEmpty();

        verify(dialogs, times(2)).acknowledge(any());
    }

    @Test
    void requestsOutsideACallDoNotExist() throws ParseException {
        assertThat(route(request("BYE", "sip:127.0.0.1", "To: <sip:b@127.0.0.1>;tag=1"))).contains(Reply.of(481));
        assertThat(route(request("CANCEL", "sip:02700000000@127.0.0.1"))).contains(Reply.of(481));
        assertThat(route(request("INFO", "sip:127.0.0.1", "To: <sip:b@127.0.0.1>;tag=1"))).contains(Reply.of(481));
        assertThat(route(request("INVITE", "sip:02787654321@127.0.0.1", "To: <sip:b@127.0.0.1>;tag=1")))
                .contains(Reply.of(481));
        verifyNoInteractions(inbound);
    }

    @Test
    void requestsWithinALegHeldHereAreLeftToIt() throws ParseException {
        when(dialogs.take(any())).thenReturn(true);

        assertThat(route(request("BYE", "sip:127.0.0.1", "To: <sip:b@127.0.0.1>;tag=1"))).isEmpty();
    }

    @Test
    void optionsWithinACallIsAnsweredAsAnyOptions() throws ParseException {
        assertThat(route(request("OPTIONS", "sip:127.0.0.1", "To: <sip:b@127.0.0.1>;tag=1")))
                .contains(Reply.withAllowedMethods(200));
    }

    @Test
    void otherMethodsAreNotAllowed() throws ParseException {
        assertThat(route(request("MESSAGE", "sip:127.0.0.1"))).contains(Reply.withAllowedMethods(405));
    }

    @Test
    void unknownMethodsAreNotImplemented() throws ParseException {
        assertThat(route(request("NEWMETHOD", "sip:127.0.0.1"))).contains(Reply.withAllowedMethods(501));
    }

    /** RFC 4475 bext01: the engine supports no extension, so whatever is required is unsupported. */
    @Test
    void aRequiredExtensionIsABadExtension() throws ParseException {
        assertThat(route(request("OPTIONS", "sip:127.0.0.1", "Require: 100rel, timer")))
                .contains(Reply.badExtension(List.of("100rel", "timer")));
        assertThat(route(request("INVITE", "sip:02787654321@127.0.0.1", "Require: 100rel")))
                .contains(Reply.badExtension(List.of("100rel")));
        verifyNoInteractions(inbound);
    }

    @Test
    void aCallerNumberLongerThanAnyIsABadRequest() throws ParseException {
        when(numbers.existsByNumberAndStatus("02787654321", NumberStatus.ASSIGNED)).thenReturn(true);
        String tooLong = "1".repeat(RequestRoute.LONGEST_NUMBER + 1);

        assertThat(route(request("INVITE", "sip:02787654321@127.0.0.1", "P-Asserted-Identity: <sip:" + tooLong + "@x>")))
                .contains(Reply.because(400, "Caller number too long"));
        assertThat(route(request("INVITE", "sip:02787654321@127.0.0.1", "From: <sip:" + tooLong + "@x>;tag=1")))
                .contains(Reply.because(400, "Caller number too long"));
        assertThat(route(request("INVITE", "sip:02700000000@127.0.0.1", "From: <sip:" + tooLong + "@x>;tag=1")))
                .as("a number we do not serve is not found, however long the caller's (RFC 4475 longreq)")
                .contains(Reply.of(404));
        verifyNoInteractions(inbound);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Contact: <mailto:13800138000@example.com>
            Contact: <tel:13800138000>
            -Contact
            """)
    void aCallWithoutASipContactIsABadRequest(String contact) throws ParseException {
        when(numbers.existsByNumberAndStatus("02787654321", NumberStatus.ASSIGNED)).thenReturn(true);

        assertThat(route(request("INVITE", "sip:02787654321@127.0.0.1", contact)))
                .contains(Reply.because(400, "Contact must be a SIP URI"));
        verifyNoInteractions(inbound);
        assertThat(admission.callsSettingUp()).isZero();
    }

    @Test
    void aUriThatIsNotSipOrTelIsUnsupported() throws ParseException {
        assertThat(route(request("INVITE", "mailto:boss@example.com"))).contains(Reply.of(416));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CSeq: abc INVITE                  | Bad CSeq
            Content-Length: abc               | Bad Content-Length
            From: <<sip:13800138000@@x;;tag=1 | Bad From
            Max-Forwards: seventy             | Bad Max-Forwards
            Contact: <sip:13800138000@x       | Bad Contact
            Expires: soon                     | Bad Expires
            -Call-ID                          | Bad Call-ID
            -From                             | Bad From
            -To                               | Bad To
            -CSeq                             | Bad CSeq
            Content-Length: 100               | Bad Content-Length
            l: 0                              | Bad Content-Length
            i: second-call-id                 | Bad Call-ID
            t: <sip:02700000001@127.0.0.1>    | Bad To
            """)
    void aMalformedRequestIsABadRequestNamingTheHeader(String header, String reason) throws ParseException {
        assertThat(route(request("INVITE", "sip:02700000000@127.0.0.1", header)))
                .contains(Reply.because(400, reason));
    }

    @Test
    void aBrokenRequestLineIsABadRequest() throws ParseException {
        String broken = request("INVITE sip:02700000000@@127.0.0.1 SIP/2.0", "UDP", 5060);

        assertThat(route(broken)).contains(Reply.because(400, "Bad Request-Line"));
    }

    private Optional<Reply> route(String text) throws ParseException {
        return route(text, null);
    }

    private Optional<Reply> route(String text, InetAddress source) throws ParseException {
        SIPMessage request = new LenientRequestParser().parseSIPMessage(text.getBytes(UTF_8), true, false, null);
        request.setRemoteAddress(source);
        return route.route(new RequestEvent(this, null, null, (Request) request));
    }
}
