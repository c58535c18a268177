package com.zongji.engine.numbering;

/** Port: the analysts' numbering table, deciding how extensions look for an enterprise of a given size. */
public interface ExtensionNumberingPolicy {

    ExtensionScheme scheme(Headcount headcount);
}
