package com.zongji.adapters.sip.media;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What all sessions share instead of threads of their own.
 *
 * @param loop      receives RTP for every session
 * @param clock     paces prompts and times digit collection
 * @param callbacks runs the engine's callbacks, serially per session, off the media threads
 * @param prompts   turns prompts into samples
 */
record SharedMedia(MediaLoop loop, ScheduledExecutorService clock, Executor callbacks, PromptAudio prompts) {
}
