Feature: Steps the suite's own features leave out
  The phrasings of every language are run against the sim; these are the
  steps no feature of features/ uses.

  Scenario: Back to the first tab, a screenshot, no card saved in the app
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=en_US" in a new tab
    Then I should see "Visa •••• 4242"
    When I switch to the tab "AliExpress - Online Shopping"
    Then I should be on "www.aliexpress.com/"
    And I take a screenshot "home"
    And the buyer has no cards saved in the app
