Feature: Reports that name no path of the machine
  A failing step keeps a screenshot, the page's DOM and its console as
  files; the reports name them, the feature file and the step definitions
  without an absolute path.

  Scenario: A check that fails on the storefront
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then the buyer has no bound cards

  Scenario: A check that passes
    Given a buyer with a bound Visa card ending in 4242
    Then the buyer's bound cards are "Visa 4242"
