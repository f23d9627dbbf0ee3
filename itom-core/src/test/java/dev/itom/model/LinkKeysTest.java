package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkKeysTest {

  @Test
  void keysAreEqualExactlyWhenOrdinalsAndKindAreEqual() {
    int[] ordinals = {0, 1, 2, 3, 1 << 20, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
    Set<Long> keys = new HashSet<>();
    int made = 0;
    for (int from : ordinals) {
      for (int to : ordinals) {
        for (int kind = 0; kind < 4; kind++) {
          keys.add(LinkKeys.key(from, to, kind));
          made++;
        }
      }
    }
    assertThat(keys).hasSize(made);
    assertThat(LinkKeys.key(5, 7, 2)).isEqualTo(LinkKeys.key(5, 7, 2));
  }

  @Test
  void everyKindOfLinkFitsTheTwoBitsOfAKey() {
    assertThat(AlignmentKind.values().length).isLessThanOrEqualTo(4);
    assertThat(Responsibility.values().length).isLessThanOrEqualTo(4);
  }

  @Test
  void rejectsWhatDoesNotFitAKey() {
    assertThatIllegalArgumentException().isThrownBy(() -> LinkKeys.key(-1, 0, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> LinkKeys.key(0, -1, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> LinkKeys.key(0, 0, 4));
    assertThatIllegalArgumentException().isThrownBy(() -> LinkKeys.key(0, 0, -1));
  }

  @Test
  void addsEachKeyOnceAsAHashSetWould() {
    Random random = new Random(17);
    LinkKeys keys = new LinkKeys(5_000);
    Set<Long> expected = new HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      long key = LinkKeys.key(random.nextInt(60), random.nextInt(60), random.nextInt(4));
      assertThat(keys.add(key)).as("key %s", key).isEqualTo(expected.add(key));
    }
    assertThat(keys.add(0)).isEqualTo(expected.add(0L));
    assertThat(keys.add(0)).isFalse();
    LinkKeys fresh = new LinkKeys(2);
    assertThat(fresh.add(LinkKeys.key(0, 0, 0))).isTrue();
    assertThat(fresh.add(LinkKeys.key(0, 0, 0))).isFalse();
    assertThat(fresh.add(LinkKeys.key(0, 0, 1))).isTrue();
  }

  @Test
  void holdsAsManyKeysAsItWasSizedFor() {
    for (int links : new int[] {0, 1, 2, 3, 1000}) {
      LinkKeys keys = new LinkKeys(links);
      for (int i = 0; i < links; i++) {
        assertThat(keys.add(LinkKeys.key(i, i, 1))).isTrue();
      }
      for (int i = 0; i < links; i++) {
        assertThat(keys.add(LinkKeys.key(i, i, 1))).isFalse();
      }
    }
  }
}
