@P3
Feature: P3 Unbind a card through the help-center page
  Signed in to the storefront, the buyer opens the help-center answer page and
  presses the orange "here" button (article 002 calls it "check card"), which
  opens the bound-card list; the card is removed as in P1.

  Sources: 001_e419e31055833929.txt lines 72-78 (Swahili, method 2),
  002_1755790eeb5af2fa.txt line 125 (Indonesian).

  @article-001
  Scenario: The orange "here" button opens the card list
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://helppage.aliexpress.com/buyercenter/questionAnswer.htm"
    And I click "here"
    Then I should see "Visa •••• 4242"
    When I click "Remove card"
    And I click "Delete"
    Then I should see "The card has been removed"
    And the buyer has no bound cards

  @article-001
  Scenario: The button needs the storefront login in the same browser
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    When I open "https://helppage.aliexpress.com/buyercenter/questionAnswer.htm"
    And I click "here"
    Then I should be on "login.aliexpress.com/login.htm"
    When I fill "Email" with "buyer@example.com"
    And I fill "Password" with "secret123"
    And I click "Sign in"
    Then I should see "Visa •••• 4242"
    And the buyer's bound cards are "Visa 4242"

  @article-002 @profile:check-card
  Scenario: 002's help center: "check card", then the "delete" icon opposite the card
    # 002 line 125: a button "check card", the list, the "delete" icon.
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://helppage.aliexpress.com/buyercenter/questionAnswer.htm"
    Then I should not see "here"
    When I click "check card"
    Then I should see "Visa •••• 4242"
    When I click "delete"
    And I click "Confirm"
    Then I should see "The card has been removed"
    And the buyer has no bound cards
