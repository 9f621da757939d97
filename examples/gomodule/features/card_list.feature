Feature: The wallet's card list, checked with steps of this module's own

  Scenario: The card list is the wallet's page and holds the bound card
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm"
    Then I should see "Visa •••• 4242"
    And the page title, kept as evidence, holds "Card"
    And the wallet holds 1 card
