package com.zongji.adapters.sip;

import gov.nist.javax.sip.address.GenericURI;
import gov.nist.javax.sip.header.RequestLine;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;
import gov.nist.javax.sip.parser.URLParser;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stack's parser, changed so that a malformed request which still says where to answer (a Via that
 * parses) reaches the route, which rejects it with 400. Left alone, JAIN-SIP drops requests lacking
 * Call-ID, From, To or CSeq, closes the TCP connection over a broken one, and over UDP answers with a
 * 400 that is itself malformed (the parse error, line break included, becomes the reason phrase).
 *
 * <p>Headers that fail to parse are recorded as unrecognized, missing mandatory ones are filled with
 * placeholders and recorded too. Anything without a usable Via is dropped. Responses are left to the stack.
 */
public class LenientRequestParser implements MessageParser {

    private static final Logger log = LoggerFactory.getLogger(LenientRequestParser.class);
    private static final Pattern METHOD = Pattern.compile("[A-Z]+");
    /** What the NIST parser skips before the first line. */
    private static final Pattern LEADING_CONTROLS = Pattern.compile("^[\\x00-\\x20]+");

    private final MessageParser parser = new StringMsgParser();

    /** Named in the stack property {@code gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}. */
    public static class Factory implements MessageParserFactory {
        @Override
        public MessageParser createMessageParser(SIPTransactionStack stack) {
            return new LenientRequestParser();
        }
    }

    @Override
    public SIPMessage parseSIPMessage(byte[] bytes, boolean readBody, boolean strict, ParseExceptionListener channel)
            throws ParseException {
        String firstLine = LEADING_CONTROLS.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).replaceFirst("")
                .lines().findFirst().orElse("");
        if (firstLine.startsWith("SIP/")) {
            return parser.parseSIPMessage(bytes, readBody, strict, channel);
        }
        try {
            return answerable(bytes, readBody, strict, firstLine);
        } catch (ParseException | RuntimeException notSip) {
            // The NIST parser is not hardened against arbitrary bytes: whatever it throws means junk.
            log.debug("Dropping unparsable request: {}", notSip.toString());
            return null;
        }
    }

    private SIPRequest answerable(byte[] bytes, boolean readBody, boolean strict, String firstLine)
            throws ParseException {
        BadParts bad = new BadParts();
        if (!(parser.parseSIPMessage(bytes, readBody, strict, bad) instanceof SIPRequest request)) {
            return null; // nothing but line breaks: a keep-alive
        }
        if (bad.via || request.getTopmostVia() == null) {
            log.debug("Dropping request without a usable Via: {}", firstLine);
            return null;
        }
        if (request.getRequestLine() == null) {
            String method = firstLine.split(" ", 2)[0];
            if (!METHOD.matcher(method).matches()) {
                log.debug("Dropping request with first line {}", firstLine);
                return null;
            }
            request.setRequestLine(new RequestLine(placeholderUri(), method));
        } else {
            // The NIST parser reads any version as SIP/2.0; restoring it lets the stack answer 505.
            request.getRequestLine().setSipVersion(firstLine.substring(firstLine.lastIndexOf(' ') + 1));
        }
        fillMissingHeaders(request);
        return request;
    }

    private static void fillMissingHeaders(SIPRequest request) throws ParseException {
        if (request.getCallId() == null) {
            standIn(request, "Call-ID: missing-" + UUID.randomUUID());
        }
        if (request.getFrom() == null) {
            standIn(request, "From: <sip:missing.invalid>;tag=missing");
        }
        if (request.getTo() == null) {
            standIn(request, "To: <sip:missing.invalid>");
        }
        if (request.getCSeq() == null) {
            standIn(request, "CSeq: 1 " + request.getMethod());
        }
        if (request.getContentLength() == null) {
            request.setHeader(StringMsgParser.parseSIPHeader("Content-Length: 0"));
        }
    }

    private static void standIn(SIPRequest request, String header) throws ParseException {
        request.setHeader(StringMsgParser.parseSIPHeader(header));
        request.addUnparsed(header.substring(0, header.indexOf(':') + 1));
    }

    private static GenericURI placeholderUri() throws ParseException {
        return new URLParser("sip:missing.invalid").parse();
    }

    /** Keeps the parser going past bad parts and notes them where the route's sanity check looks. */
    private static final class BadParts implements ParseExceptionListener {
        boolean via;

        @Override
        public void handleException(ParseException ex, SIPMessage message, Class headerClass, String header,
                String rawMessage) {
            if (headerClass == RequestLine.class) {
                message.addUnparsed("Request-Line: " + header);
            } else {
                via |= headerClass == Via.class;
                message.addUnparsed(header);
            }
        }
    }
}
