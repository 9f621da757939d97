Feature: the sample article, in part
  Source: 906_sample.txt lines 2-3

  Scenario: into the wallet and its card icon
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    Then I should see "Visa •••• 4242"

  @article-906
  Scenario: the direct link, with the Hindi article's label
    Source: 906_sample.txt line 1
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=en_US"
    And I click "डिलीट कार्ड"
    And I accept the alert
    Then the buyer has no bound cards
