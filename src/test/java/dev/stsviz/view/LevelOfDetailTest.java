package dev.stsviz.view;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A large cluster's tiles stay compact: identity lines only from the identity zoom on; a small cluster always has them. */
class LevelOfDetailTest {
    private static final Rectangle2D VIEW = new Rectangle2D(0, 0, 800, 600);

    @Test
    void identityLinesNeedADetailedZoomOnlyInALargeCluster() {
        LevelOfDetail detail = new LevelOfDetail();
        detail.startUpdate(3);
        assertThat(detail.identityLines()).isTrue();
        detail.startUpdate(20_000);
        assertThat(detail.identityLines()).isFalse();
        detail.setViewport(VIEW, LevelOfDetail.TILE_ZOOM); // tiles, but without the extra lines
        assertThat(detail.zoomedIn()).isTrue();
        assertThat(detail.identityLines()).isFalse();
        detail.setViewport(VIEW, LevelOfDetail.IDENTITY_ZOOM);
        assertThat(detail.identityLines()).isTrue();
    }
}
