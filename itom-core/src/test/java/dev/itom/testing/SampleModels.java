package dev.itom.testing;

import static com.google.common.base.Preconditions.checkArgument;

import dev.itom.model.Alignment;
import dev.itom.model.AlignmentKind;
import dev.itom.model.Alternative;
import dev.itom.model.Artifact;
import dev.itom.model.Assignment;
import dev.itom.model.Consumer;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Direction;
import dev.itom.model.FrameworkReference;
import dev.itom.model.Kpi;
import dev.itom.model.Lifecycle;
import dev.itom.model.Offering;
import dev.itom.model.OfferingType;
import dev.itom.model.OperatingModel;
import dev.itom.model.OperatingModelBuilder;
import dev.itom.model.Option;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Responsibility;
import dev.itom.model.Role;
import dev.itom.model.ServiceLevel;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated operating models for load and property tests. Every model satisfies the invariants; the
 * same arguments always give an equal model. {@link #sized(int, long) sized(n, 42)} is {@link
 * dev.itom.templates.Templates#sample(int) Templates.sample(n)}.
 */
public final class SampleModels {
  private SampleModels() {}

  /**
   * Returns a realistic model of about {@code elements} identified elements, every kind in
   * realistic proportions: per hundred elements about 5 roles, 4 consumers, 12 artifacts, 3 value
   * chains, 40 stages, 10 processes, 12 offerings with pricing and 14 KPIs, plus an alignment per
   * two stages, RACI assignments for every stage and process, and properties on a third of the
   * roles and stages. The first two chains are the two core chains.
   *
   * @param elements the approximate number of identified elements, at least 20
   * @param seed the seed; the same seed and size give an equal model
   * @return the model
   * @throws IllegalArgumentException if {@code elements} is below 20
   */
  public static OperatingModel sized(int elements, long seed) {
    checkArgument(elements >= 20, "a sized model needs at least 20 elements, got %s", elements);
    SplittableRandom random = new SplittableRandom(seed);
    int roles = Math.max(2, elements * 5 / 100);
    int consumers = Math.max(1, elements * 4 / 100);
    int artifacts = Math.max(2, elements * 12 / 100);
    int chains = Math.max(2, elements * 3 / 100);
    int stages = Math.max(chains, elements * 40 / 100);
    int processes = Math.max(3, elements * 10 / 100);
    int offerings = Math.max(1, elements * 12 / 100);
    int kpis =
        Math.max(
            1, elements - roles - consumers - artifacts - chains - stages - processes - offerings);

    List<Role> roleList = new ArrayList<>(roles);
    for (int i = 0; i < roles; i++) {
      Role.Builder role =
          Role.builder().id("role-" + i).name("Role " + i + " of the IT organization");
      if (i % 3 == 0) {
        role.putProperties("cost-center", "CC-" + (1000 + i % 97))
            .description("Owns part of the work");
      }
      roleList.add(role.build());
    }
    List<Consumer> consumerList = new ArrayList<>(consumers);
    ConsumerKind[] consumerKinds = ConsumerKind.values();
    for (int i = 0; i < consumers; i++) {
      consumerList.add(
          Consumer.builder()
              .id("consumer-" + i)
              .name("Business unit " + i)
              .kind(consumerKinds[i % consumerKinds.length])
              .build());
    }
    List<Artifact> artifactList = new ArrayList<>(artifacts);
    for (int i = 0; i < artifacts; i++) {
      artifactList.add(Artifact.of("artifact-" + i, "Artifact " + i));
    }
    List<ValueChain> chainList = new ArrayList<>(chains);
    List<String> stageIds = new ArrayList<>(stages);
    int stageNumber = 0;
    for (int c = 0; c < chains; c++) {
      ValueChainKind kind =
          c == 0
              ? ValueChainKind.REQUIREMENT_TO_VALUE
              : c == 1 ? ValueChainKind.ORDER_TO_CASH : ValueChainKind.CUSTOM;
      int inChain = stages / chains + (c < stages % chains ? 1 : 0);
      List<Stage> chainStages = new ArrayList<>(inChain);
      for (int s = 0; s < inChain; s++, stageNumber++) {
        String id = "stage-" + stageNumber;
        stageIds.add(id);
        Stage.Builder stage =
            Stage.builder()
                .id(id)
                .name("Stage " + stageNumber + " of chain " + c)
                .owner("role-" + random.nextInt(roles))
                .addQuestions(s % 2 == 0 ? "Why?" : "At what cost?")
                .addConsumes("artifact-" + (stageNumber % artifacts))
                .addProduces("artifact-" + ((stageNumber + 1) % artifacts));
        if (stageNumber % 3 == 0) {
          stage.putProperties("maturity", Integer.toString(1 + random.nextInt(5)));
        }
        chainStages.add(stage.build());
      }
      chainList.add(
          ValueChain.builder()
              .id("chain-" + c)
              .name("Value chain " + c)
              .kind(kind)
              .addAllStages(chainStages)
              .build());
    }
    List<SupportProcess> processList = new ArrayList<>(processes);
    ProcessCategory[] categories = ProcessCategory.values();
    for (int i = 0; i < processes; i++) {
      SupportProcess.Builder process =
          SupportProcess.builder()
              .id("process-" + i)
              .name("Support process " + i)
              .category(categories[i % categories.length])
              .owner("role-" + random.nextInt(roles))
              .addSupports(
                  i < chains ? "chain-" + i : stageIds.get(random.nextInt(stageIds.size())));
      if (i % 4 == 0) {
        process.addFrameworks(
            FrameworkReference.of(FrameworkReference.COBIT_2019, "APO05", "Managed Portfolio"));
      }
      processList.add(process.build());
    }
    List<Alignment> alignmentList = new ArrayList<>(stages / 2);
    AlignmentKind[] alignmentKinds = AlignmentKind.values();
    for (int i = 0; i + 1 < stageIds.size(); i += 2) {
      alignmentList.add(
          Alignment.of(stageIds.get(i), stageIds.get(i + 1), alignmentKinds[(i / 2) % 3]));
    }
    List<Offering> offeringList = new ArrayList<>(offerings);
    Delivery[] deliveries = Delivery.values();
    PricingModel[] pricingModels = {
      PricingModel.PER_USER, PricingModel.FIXED, PricingModel.CONSUMPTION
    };
    for (int i = 0; i < offerings; i++) {
      offeringList.add(
          Offering.builder()
              .id("offering-" + i)
              .name("Offering " + i)
              .type(i % 4 == 0 ? OfferingType.PRODUCT : OfferingType.SERVICE)
              .category("category-" + (i % 7))
              .delivery(deliveries[i % deliveries.length])
              .lifecycle(Lifecycle.ACTIVE)
              .owner("role-" + random.nextInt(roles))
              .addConsumers("consumer-" + random.nextInt(consumers))
              .addRealizedBy(stageIds.get(random.nextInt(stageIds.size())))
              .pricing(
                  Pricing.builder()
                      .model(pricingModels[i % 3])
                      .amount(BigDecimal.valueOf(100 + random.nextInt(100_000), 2))
                      .currency("EUR")
                      .unit("user/month")
                      .build())
              .build());
    }
    List<Kpi> kpiList = new ArrayList<>(kpis);
    for (int i = 0; i < kpis; i++) {
      kpiList.add(
          Kpi.builder()
              .id("kpi-" + i)
              .name("KPI " + i)
              .unit("%")
              .direction(i % 2 == 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER)
              .target(BigDecimal.valueOf(50 + random.nextInt(50)))
              .baseline(BigDecimal.valueOf(random.nextInt(50)))
              .addMeasures(
                  i < chains ? "chain-" + i : stageIds.get(random.nextInt(stageIds.size())))
              .build());
    }
    List<Assignment> assignmentList = new ArrayList<>(stages + processes);
    for (String stageId : stageIds) {
      assignmentList.add(
          Assignment.of("role-" + random.nextInt(roles), stageId, Responsibility.ACCOUNTABLE));
    }
    for (int i = 0; i < processes; i++) {
      assignmentList.add(
          Assignment.of(
              "role-" + random.nextInt(roles), "process-" + i, Responsibility.RESPONSIBLE));
    }
    return OperatingModel.builder("sample-" + elements, "Sample model of " + elements + " elements")
        .version("1")
        .addRoles(roleList)
        .addConsumers(consumerList)
        .addArtifacts(artifactList)
        .addValueChains(chainList)
        .addProcesses(processList)
        .addAlignments(alignmentList)
        .addOfferings(offeringList)
        .addKpis(kpiList)
        .addAssignments(assignmentList)
        .build();
  }

  /**
   * Returns a random valid model of any shape, for property tests: from empty to a few dozen
   * elements, optional fields present or absent, names and descriptions drawn from every script
   * (CJK, emoji, right-to-left, combining marks), control characters, U+2028 and markup, ids of
   * every allowed character up to 128 long, and decimals from zero to very large or very precise.
   *
   * @param seed the seed; the same seed gives an equal model
   * @return the model
   */
  public static OperatingModel random(long seed) {
    return new RandomModel(new SplittableRandom(seed), new SplittableRandom(~seed)).build();
  }

  /** Builds one random model. */
  private static final class RandomModel {
    private static final String[] FRAGMENTS = {
      "Portfolio",
      "価値",
      "🚀",
      "שלום",
      "مرحبا",
      "e\u0301",
      "\u2028",
      "\t",
      "\u0000",
      "\u001f",
      "<script>alert(1)</script>",
      "\"quoted\"",
      "back\\slash",
      "  ",
      "a",
      "Ω",
      "\uD83D\uDC69\u200D\uD83D\uDCBB",
      "]]>",
      "-->",
      "&amp;",
      "line\nbreak",
      "\r\n",
      "\u007f",
      "\uFEFF",
      "ℝ",
      "€"
    };
    private static final char[] ID_CHARS =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-".toCharArray();

    private final SplittableRandom random;
    private final java.util.Set<String> ids = new java.util.HashSet<>();
    private int counter;
    private final SplittableRandom catalogRandom;
    private int catalogCount;

    RandomModel(SplittableRandom random, SplittableRandom catalogRandom) {
      this.random = random;
      this.catalogRandom = catalogRandom;
    }

    private String id() {
      while (true) {
        int length = random.nextInt(6) == 0 ? 1 + random.nextInt(128) : 1 + random.nextInt(12);
        StringBuilder id = new StringBuilder(length);
        id.append(ID_CHARS[random.nextInt(62)]);
        for (int i = 1; i < length; i++) {
          id.append(ID_CHARS[random.nextInt(ID_CHARS.length)]);
        }
        String result = id.toString();
        if (random.nextInt(4) == 0 && result.length() < 120) {
          result = result + "-" + counter++;
        }
        if (ids.add(result)) {
          return result;
        }
      }
    }

    /**
     * Adds a service catalog to an offering without pricing, from a generator of its own so that
     * every other part of a sample model stays as it was before catalogs existed.
     */
    private void catalog(Offering.Builder offering) {
      if (!catalogRandom.nextBoolean()) {
        return;
      }
      String[] leadTimes = {"P5D", "PT4H", "P1M", "P2W", "P1DT12H", "PT0.5S"};
      if (catalogRandom.nextBoolean()) {
        offering.valueProposition("Why " + catalogCount);
      }
      for (int o = catalogRandom.nextInt(3); o > 0; o--) {
        String optionId = "catalog.option-" + catalogCount++;
        Option.Builder option = Option.builder().id(optionId).name("Option " + catalogCount);
        if (catalogRandom.nextBoolean()) {
          option.description("An option");
        }
        if (catalogRandom.nextBoolean()) {
          option.putProperties("tier", "t" + catalogCount);
        }
        if (catalogRandom.nextBoolean()) {
          option.pricing(
              Pricing.builder()
                  .model(PricingModel.PER_USER)
                  .amount(new BigDecimal(catalogRandom.nextInt(1000)).movePointLeft(2))
                  .currency("EUR")
                  .unit("user/month")
                  .build());
        }
        if (catalogRandom.nextBoolean()) {
          option.leadTime(leadTimes[catalogRandom.nextInt(leadTimes.length)]);
        }
        if (catalogRandom.nextBoolean()) {
          option.addServiceLevels(
              ServiceLevel.of("availability", new BigDecimal("99.9"), "%"),
              ServiceLevel.builder().name("restore").target(new BigDecimal("4")).build());
        }
        offering.addOptions(option.build());
      }
      if (catalogRandom.nextBoolean()) {
        Alternative.Builder alternative = Alternative.builder().name("External SaaS");
        if (catalogRandom.nextBoolean()) {
          alternative.description("Bought directly").pricing(Pricing.of(PricingModel.FREE));
        }
        offering.addAlternatives(alternative.build());
      }
    }

    private String text() {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(4);
      for (int i = 0; i < parts; i++) {
        text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
      return text.toString();
    }

    private String name() {
      return "N" + text();
    }

    private boolean maybe() {
      return random.nextBoolean();
    }

    private BigDecimal decimal() {
      return switch (random.nextInt(6)) {
        case 0 -> BigDecimal.ZERO;
        case 1 -> new BigDecimal("7.50");
        case 2 -> new BigDecimal("123456789012345678901234567890.123456789");
        case 3 -> new BigDecimal("0.000000000000000000001");
        case 4 -> new BigDecimal("1E+30");
        default -> BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4));
      };
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }

    private <E extends Enum<E>> E pick(E[] values) {
      return values[random.nextInt(values.length)];
    }

    OperatingModel build() {
      String modelId = id();
      OperatingModelBuilder model = OperatingModel.builder(modelId, name());
      if (maybe()) {
        model.version(text());
      }
      if (maybe()) {
        model.description(text());
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        model.property("k" + text() + i, text());
      }
      List<String> roles = new ArrayList<>();
      List<Role> roleList = new ArrayList<>();
      for (int i = random.nextInt(5); i > 0; i--) {
        Role.Builder role = Role.builder().id(id()).name(name());
        details(d -> role.description(d), (k, v) -> role.putProperties(k, v));
        Role built = role.build();
        roles.add(built.id());
        roleList.add(built);
      }
      model.addRoles(roleList);
      List<String> consumers = new ArrayList<>();
      List<Consumer> consumerList = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        Consumer.Builder consumer =
            Consumer.builder().id(id()).name(name()).kind(pick(ConsumerKind.values()));
        details(d -> consumer.description(d), (k, v) -> consumer.putProperties(k, v));
        Consumer built = consumer.build();
        consumers.add(built.id());
        consumerList.add(built);
      }
      model.addConsumers(consumerList);
      List<String> artifacts = new ArrayList<>();
      List<Artifact> artifactList = new ArrayList<>();
      for (int i = random.nextInt(5); i > 0; i--) {
        Artifact built = Artifact.builder().id(id()).name(name()).build();
        artifacts.add(built.id());
        artifactList.add(built);
      }
      model.addArtifacts(artifactList);
      List<String> stages = new ArrayList<>();
      List<String> chains = new ArrayList<>();
      List<ValueChain> chainList = new ArrayList<>();
      for (int c = random.nextInt(4); c > 0; c--) {
        ValueChain.Builder chain =
            ValueChain.builder().id(id()).name(name()).kind(pick(ValueChainKind.values()));
        details(d -> chain.description(d), (k, v) -> chain.putProperties(k, v));
        for (int s = random.nextInt(5); s > 0; s--) {
          Stage.Builder stage = Stage.builder().id(id()).name(name());
          details(d -> stage.description(d), (k, v) -> stage.putProperties(k, v));
          if (!roles.isEmpty() && maybe()) {
            stage.owner(pick(roles));
          }
          for (int q = random.nextInt(3); q > 0; q--) {
            stage.addQuestions("Q" + text());
          }
          if (!artifacts.isEmpty() && maybe()) {
            stage.addConsumes(pick(artifacts));
          }
          if (!artifacts.isEmpty() && maybe()) {
            stage.addProduces(pick(artifacts));
          }
          Stage built = stage.build();
          stages.add(built.id());
          chain.addStages(built);
        }
        ValueChain built = chain.build();
        chains.add(built.id());
        chainList.add(built);
      }
      model.addValueChains(chainList);
      List<String> processes = new ArrayList<>();
      List<SupportProcess> processList = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        SupportProcess.Builder process =
            SupportProcess.builder().id(id()).name(name()).category(pick(ProcessCategory.values()));
        details(d -> process.description(d), (k, v) -> process.putProperties(k, v));
        if (!roles.isEmpty() && maybe()) {
          process.owner(pick(roles));
        }
        List<String> supportable = new ArrayList<>(stages);
        supportable.addAll(chains);
        if (!supportable.isEmpty() && maybe()) {
          process.addSupports(pick(supportable));
        }
        if (maybe()) {
          FrameworkReference.Builder reference =
              FrameworkReference.builder().framework("F" + text()).ref("R" + text());
          if (maybe()) {
            reference.name(text());
          }
          process.addFrameworks(reference.build());
        }
        SupportProcess built = process.build();
        processes.add(built.id());
        processList.add(built);
      }
      model.addProcesses(processList);
      if (stages.size() >= 2) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          String from = pick(stages);
          String to = pick(stages);
          AlignmentKind kind = pick(AlignmentKind.values());
          if (!from.equals(to) && seen.add(from + "\u0000" + to + "\u0000" + kind)) {
            Alignment.Builder alignment = Alignment.builder().from(from).to(to).kind(kind);
            if (maybe()) {
              alignment.description(text());
            }
            if (maybe()) {
              alignment.putProperties("p" + text(), text());
            }
            model.addAlignments(List.of(alignment.build()));
          }
        }
      }
      List<String> offerings = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        Offering.Builder offering =
            Offering.builder()
                .id(id())
                .name(name())
                .type(pick(OfferingType.values()))
                .lifecycle(pick(Lifecycle.values()));
        details(d -> offering.description(d), (k, v) -> offering.putProperties(k, v));
        if (maybe()) {
          offering.category(text());
        }
        if (maybe()) {
          offering.delivery(pick(Delivery.values()));
        }
        if (!roles.isEmpty() && maybe()) {
          offering.owner(pick(roles));
        }
        if (!consumers.isEmpty() && maybe()) {
          offering.addConsumers(pick(consumers));
        }
        if (!stages.isEmpty() && maybe()) {
          offering.addRealizedBy(pick(stages));
        }
        if (maybe()) {
          Pricing.Builder pricing = Pricing.builder().model(pick(PricingModel.values()));
          if (maybe()) {
            pricing.amount(decimal()).currency(maybe() ? "EUR" : "JPY");
          }
          if (maybe()) {
            pricing.unit(text());
          }
          offering.pricing(pricing.build());
        } else {
          catalog(offering);
        }
        Offering built = offering.build();
        offerings.add(built.id());
        model.addOfferings(List.of(built));
      }
      List<String> measurable = new ArrayList<>(ids);
      measurable.remove(modelId);
      java.util.Collections.sort(measurable);
      for (int i = random.nextInt(4); i > 0; i--) {
        Kpi.Builder kpi = Kpi.builder().id(id()).name(name()).direction(pick(Direction.values()));
        details(d -> kpi.description(d), (k, v) -> kpi.putProperties(k, v));
        if (maybe()) {
          kpi.unit(text());
        }
        if (maybe()) {
          kpi.target(maybe() ? decimal() : decimal().negate());
        }
        if (maybe()) {
          kpi.baseline(decimal());
        }
        if (!measurable.isEmpty() && maybe()) {
          kpi.addMeasures(pick(measurable));
        }
        model.addKpis(List.of(kpi.build()));
      }
      List<String> targets = new ArrayList<>(stages);
      targets.addAll(chains);
      targets.addAll(processes);
      targets.addAll(offerings);
      if (!roles.isEmpty() && !targets.isEmpty()) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          String role = pick(roles);
          String target = pick(targets);
          Responsibility responsibility = pick(Responsibility.values());
          if (seen.add(role + "\u0000" + target + "\u0000" + responsibility)) {
            model.addAssignments(List.of(Assignment.of(role, target, responsibility)));
          }
        }
      }
      return model.build();
    }

    private void details(
        java.util.function.Consumer<String> description,
        java.util.function.BiConsumer<String, String> property) {
      if (maybe()) {
        description.accept(text());
      }
      if (random.nextInt(4) == 0) {
        property.accept("key" + text(), text());
      }
    }
  }
}
