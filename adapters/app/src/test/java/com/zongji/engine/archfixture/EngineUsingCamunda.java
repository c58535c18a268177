package com.zongji.engine.archfixture;

import org.camunda.bpm.engine.RuntimeService;

/** A deliberately framework-bound engine class: the architecture test must reject it. */
public class EngineUsingCamunda {

    public long running(RuntimeService runtime) {
        return runtime.createProcessInstanceQuery().count();
    }
}
