package dev.itom.templates;

import static com.google.common.base.Preconditions.checkArgument;

import dev.itom.model.Alignment;
import dev.itom.model.AlignmentKind;
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
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import dev.itom.model.ProcessCategory;
import dev.itom.model.Responsibility;
import dev.itom.model.Role;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generated sample template, {@link Templates#sample(int)}: a realistic model of any size, the
 * same for the same size.
 */
final class SampleTemplate {
  /** The seed of every sample: the same size always gives an equal model. */
  private static final long SEED = 42;

  private SampleTemplate() {}

  /** Builds the sample of about {@code elements} elements; see {@link Templates#sample(int)}. */
  static OperatingModel build(int elements) {
    checkArgument(
        elements >= Templates.MIN_SAMPLE_ELEMENTS,
        "a sample model needs at least %s elements, got %s",
        Templates.MIN_SAMPLE_ELEMENTS,
        elements);
    SplittableRandom random = new SplittableRandom(SEED);
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
}
