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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
            return answerable(bytes, readBody, strict, firstLine.stripTrailing());
        } catch (ParseException | RuntimeException notSip) {
            // The NIST parser is not hardened against arbitrary bytes: whatever it throws means junk.
            log.debug("Dropping unparsable request: {}", notSip.toString());
            return null;
        }
    }

    private SIPRequest answerable(byte[] bytes, boolean readBody, boolean strict, String firstLine)
            throws ParseException {
        BadParts bad = new BadParts();
        HeaderSection headers = HeaderSection.of(bytes);
        // A datagram shorter than its Content-Length says: the NIST parser would throw and the request be lost.
        boolean bodyCut = readBody && headers.declaresMoreBodyThan(bytes.length);
        if (!(parser.parseSIPMessage(bytes, readBody && !bodyCut, strict, bad) instanceof SIPRequest request)) {
            return null; // nothing but line breaks: a keep-alive
        }
        if (bodyCut) {
            request.addUnparsed("Content-Length: longer than the body");
        }
        // The NIST parser keeps one of two Content-Lengths, or of two CSeqs, without a word.
        headers.repeatedSingletons().forEach(name -> request.addUnparsed(name + ": repeated"));
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

    /** The header lines of a raw message, read as far as framing and repetition need. */
    private record HeaderSection(List<String> names, long declaredLength, int bodyStart) {

        /** Headers a request carries at most once (RFC 3261 section 7.3.1), by full and compact name. */
        private static final Map<String, String> SINGLETONS = Map.ofEntries(
                Map.entry("call-id", "Call-ID"), Map.entry("i", "Call-ID"),
                Map.entry("from", "From"), Map.entry("f", "From"),
                Map.entry("to", "To"), Map.entry("t", "To"),
                Map.entry("cseq", "CSeq"), Map.entry("max-forwards", "Max-Forwards"),
                Map.entry("content-length", "Content-Length"), Map.entry("l", "Content-Length"),
                Map.entry("content-type", "Content-Type"), Map.entry("c", "Content-Type"));
        private static final Pattern HEADER_NAME = Pattern.compile("^([!-9;-~]+)[ \\t]*:");

        static HeaderSection of(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            int bodyStart = end < 0 ? text.length() : end + 4;
            List<String> names = new ArrayList<>();
            long declared = -1;
            for (String line : text.substring(0, Math.max(0, end < 0 ? text.length() : end)).split("\r\n")) {
                Matcher name = HEADER_NAME.matcher(line);
                if (!name.find()) {
                    continue; // the request line, or a folded continuation
                }
                String lower = name.group(1).toLowerCase(Locale.ROOT);
                names.add(lower);
                if (("content-length".equals(lower) || "l".equals(lower))) {
                    try {
                        declared = Long.parseLong(line.substring(name.end()).trim());
                    } catch (NumberFormatException notANumber) {
                        declared = -1; // left to the parser, which calls it a bad Content-Length
                    }
                }
            }
            return new HeaderSection(names, declared, bodyStart);
        }

        boolean declaresMoreBodyThan(int messageLength) {
            return declaredLength > messageLength - bodyStart;
        }

        Set<String> repeatedSingletons() {
            Map<String, Long> counts = names.stream().filter(SINGLETONS::containsKey)
                    .collect(Collectors.groupingBy(SINGLETONS::get, TreeMap::new, Collectors.counting()));
            counts.values().removeIf(count -> count < 2);
            return counts.keySet();
        }
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
