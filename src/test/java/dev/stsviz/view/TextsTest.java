package dev.stsviz.view;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void koreanHasEveryEnglishTextAndNoOther() throws IOException {
        Properties english = load("messages.properties");
        Properties korean = load("messages_ko.properties");
        assertThat(korean.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : korean.stringPropertyNames()) {
            assertThat(korean.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() throws IOException {
        Properties english = load("messages.properties");
        Set<String> asked = new TreeSet<>();
        Pattern call = Pattern.compile("Texts\\.(?:get|find)\\(\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertThat(asked).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(asked);
    }

    @Test
    void followsTheDefaultLocaleAndFillsInArguments() {
        Locale.setDefault(Locale.ENGLISH);
        assertThat(Texts.get("menu.delete", "kubia-0")).isEqualTo("Delete pod kubia-0");
        assertThat(Texts.get("events.countOf", 3, 120)).isEqualTo("3 of 120 events");
        assertThat(Texts.get("confirm.force.warning")).contains("The chapter's advice");
        Locale.setDefault(Locale.KOREAN);
        assertThat(Texts.get("menu.delete", "kubia-0")).isEqualTo("파드 kubia-0 삭제");
        assertThat(Texts.get("time.play")).isEqualTo("▶ 재생");
        assertThat(Texts.find("no.such.key")).isNull();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
