package dev.stsviz.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The details of the selected object: a hint when nothing is selected, describe and YAML tabs otherwise. */
@ExtendWith(ApplicationExtension.class)
class DetailsPaneTest {
    private static final String DESCRIBE_0 = """
            Name:             kubia-0
            Namespace:        default
            Node:             minikube-m02/192.168.49.3
            Status:           Running
            """;
    private static final String YAML_0 = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: kubia-0
            """;
    private static final String DESCRIBE_1 = DESCRIBE_0.replace("kubia-0", "kubia-1");
    private static final String YAML_1 = YAML_0.replace("kubia-0", "kubia-1");

    private DetailsPane details;

    @Start
    void start(Stage stage) {
        details = new DetailsPane();
        Scene scene = new Scene(new StackPane(details.node()), 700, 500);
        PaneStyles.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void startsWithAHint(FxRobot robot) {
        assertThat(hint(robot).isVisible()).isTrue();
        assertThat(hint(robot).getText()).isEqualTo("Select a pod, node or claim to see its details.");
        assertThat(robot.lookup(".details-tabs").tryQuery()).as("the tabs join the scene on the first selection").isEmpty();
        assertThat(title(robot).isVisible()).isFalse();
    }

    @Test
    void showsDescribeFirstAndYamlOnItsTab(FxRobot robot) {
        robot.interact(() -> details.show("pod/kubia-0", DESCRIBE_0, YAML_0));

        assertThat(title(robot).getText()).isEqualTo("pod/kubia-0");
        assertThat(title(robot).isVisible()).isTrue();
        assertThat(hint(robot).isVisible()).isFalse();
        assertThat(selectedTab(robot)).isEqualTo("Describe");
        assertThat(text(robot, ".details-describe").getText()).isEqualTo(DESCRIBE_0);
        assertThat(text(robot, ".details-describe").isEditable()).isFalse();
        assertThat(text(robot, ".details-describe").isVisible()).isTrue();

        robot.clickOn("YAML");
        assertThat(selectedTab(robot)).isEqualTo("YAML");
        assertThat(text(robot, ".details-yaml").getText()).isEqualTo(YAML_0);
        assertThat(text(robot, ".details-yaml").isEditable()).isFalse();
        assertThat(text(robot, ".details-yaml").isVisible()).isTrue();
    }

    @Test
    void anotherObjectKeepsTheChosenTab(FxRobot robot) {
        robot.interact(() -> details.show("pod/kubia-0", DESCRIBE_0, YAML_0));
        robot.clickOn("YAML");

        robot.interact(() -> details.show("pod/kubia-1", DESCRIBE_1, YAML_1));
        assertThat(title(robot).getText()).isEqualTo("pod/kubia-1");
        assertThat(selectedTab(robot)).isEqualTo("YAML");
        assertThat(text(robot, ".details-yaml").getText()).isEqualTo(YAML_1);
        assertThat(text(robot, ".details-describe").getText()).isEqualTo(DESCRIBE_1);

        robot.clickOn("Describe");
        robot.interact(() -> details.show("pvc/data-kubia-0", "Name: data-kubia-0\n", "kind: PersistentVolumeClaim\n"));
        assertThat(selectedTab(robot)).isEqualTo("Describe");
        assertThat(text(robot, ".details-describe").getText()).isEqualTo("Name: data-kubia-0\n");
    }

    @Test
    void clearShowsTheHintAndTheTabIsKeptForTheNextObject(FxRobot robot) {
        robot.interact(() -> details.show("pod/kubia-0", DESCRIBE_0, YAML_0));
        robot.clickOn("YAML");

        robot.interact(details::clear);
        assertThat(hint(robot).isVisible()).isTrue();
        assertThat(tabs(robot).isVisible()).isFalse();
        assertThat(text(robot, ".details-yaml").getText()).isEmpty();

        robot.interact(() -> details.show("node/minikube-m02", "Name: minikube-m02\n", null));
        assertThat(hint(robot).isVisible()).isFalse();
        assertThat(title(robot).getText()).isEqualTo("node/minikube-m02");
        assertThat(selectedTab(robot)).isEqualTo("YAML");
        assertThat(text(robot, ".details-yaml").getText()).isEmpty();
    }

    @Test
    void refreshingTheSameObjectKeepsItsScrollPosition(FxRobot robot) {
        String longDescribe = "Name: kubia-0\n" + "Events:\n".repeat(200);
        robot.interact(() -> details.show("pod/kubia-0", longDescribe, YAML_0));
        robot.interact(() -> text(robot, ".details-describe").setScrollTop(300));
        // the skin keeps scroll as a fraction of the grown content, hence "close to"
        assertThat(text(robot, ".details-describe").getScrollTop()).isCloseTo(300, within(1.0));

        robot.interact(() -> details.show("pod/kubia-0", longDescribe + "  Normal  Created\n", YAML_0));
        assertThat(text(robot, ".details-describe").getText()).endsWith("Normal  Created\n");
        // the skin keeps scroll as a fraction of the grown content, hence "close to"
        assertThat(text(robot, ".details-describe").getScrollTop()).isCloseTo(300, within(1.0));

        robot.interact(() -> details.show("pod/kubia-1", longDescribe.replace("kubia-0", "kubia-1"), YAML_1));
        assertThat(text(robot, ".details-describe").getScrollTop()).isZero();
    }

    @Test
    void aNewVersionOfTheSameObjectReadsAsItsNewTextWithCaretAndSelectionWhereSetTextLeavesThem(FxRobot robot) {
        robot.interact(() -> details.show("pod/kubia-0", DESCRIBE_0, YAML_0));
        TextArea describe = text(robot, ".details-describe");
        robot.interact(() -> describe.selectRange(3, 20));
        String terminating = DESCRIBE_0.replace("Running", "Terminating (lasts 5s)");
        robot.interact(() -> details.show("pod/kubia-0", terminating, YAML_0));
        assertThat(describe.getText()).isEqualTo(terminating);
        assertThat(describe.getAnchor()).isZero();
        assertThat(describe.getCaretPosition()).isZero();

        // texts that grow, shrink and differ at either end, past the point where the whole text is set again
        for (int i = 0; i < 450; i++) {
            String text = (i % 5 == 0 ? "x" : "") + DESCRIBE_0.replace("Running", "Running".repeat(i % 4)) + "5s".repeat(i % 3);
            robot.interact(() -> details.show("pod/kubia-0", text, YAML_0));
            assertThat(describe.getText()).isEqualTo(text);
        }
    }

    private static Label title(FxRobot robot) {
        return robot.lookup(".details-title").queryAs(Label.class);
    }

    private static Label hint(FxRobot robot) {
        return robot.lookup(".details-hint").queryAs(Label.class);
    }

    private static TabPane tabs(FxRobot robot) {
        return robot.lookup(".details-tabs").queryAs(TabPane.class);
    }

    private static String selectedTab(FxRobot robot) {
        return tabs(robot).getSelectionModel().getSelectedItem().getText();
    }

    private static TextArea text(FxRobot robot, String styleClass) {
        return robot.lookup(styleClass).queryAs(TextArea.class);
    }
}
