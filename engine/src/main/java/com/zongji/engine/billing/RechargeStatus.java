package com.zongji.engine.billing;

public enum RechargeStatus {
    PENDING,
    PAID
}
