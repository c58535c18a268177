#!/usr/bin/env bash
# Summarises jcmd Thread.print dumps (run.sh with THREAD_DUMPS=n): for every thread inside Zongji code, its
# state, the frame it is in and the innermost Zongji frame above it, counted over all dumps given.
# Usage: bench/sip-load/hot-frames.sh /tmp/zongji-sipload.*/inbound-200/threads-*.txt
awk '
    /^"/ { flush(); name = $0; state = ""; top = ""; ours = ""; next }
    /java.lang.Thread.State:/ { state = $2; next }
    /^\tat / {
        frame = $2; sub(/\(.*/, "", frame)
        if (top == "") top = frame
        if (ours == "" && frame ~ /^com\.zongji\./) ours = frame
        next
    }
    function flush() { if (ours != "") print state " | " top " | " ours; ours = "" }
    END { flush() }
' "$@" | sort | uniq -c | sort -rn | head -${TOP:-25}
