package dev.stsviz;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test class talks to an API server over HTTP: fabric8's mock server or a real control plane. Surefire runs
 * these in their own execution, where a failed test is run once more (pom.xml): a loaded machine can stall a
 * server for a moment, which says nothing about the code under test. Everything else gets no second chance.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(TalksToServer.TAG)
public @interface TalksToServer {
    String TAG = "server";
}
