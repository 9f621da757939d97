@P12
Feature: P12 Where the money of a won dispute goes
  A dispute won over an order paid with a card bound to the wallet refunds
  to the Alipay balance, not to the card; the balance shows in History and
  can only be spent on further purchases (000, 003). With no bound card the
  money returns to the card that paid (003). Article 004 says the balance
  can be withdrawn to a card: that is the withdrawable-balance profile.

  Sources: 000_abb3b5b6ec466300.txt lines 14-15 (Hindi),
  002_1755790eeb5af2fa.txt line 83 (Indonesian),
  003_225e3ac7510057b2.txt lines 31-33, 44 and 131 (Russian original),
  004_fbb095e16d146b39.txt line 85 (Indonesian: withdrawable to a card).

  @article-000 @article-003
  Scenario: Paid with a bound card, the refund goes to the Alipay balance
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    And I click "Place order"
    Then I should see "Paid with Visa •••• 4242"
    When I click "My Orders"
    And I click "Open dispute"
    And I select "I did not receive the item" from "Reason"
    And I click "Submit dispute"
    Then I should see "Dispute opened"
    When the dispute over the latest order is decided in the buyer's favour
    And I open "https://www.aliexpress.com/orders.htm"
    Then I should see "Refunded to your Alipay balance"
    And the buyer's wallet balance is "US $12.99"
    When I hover over "My AliExpress"
    And I click "My Alipay"
    Then I should see "US $12.99"
    And I should see "The balance can only be spent on purchases on AliExpress"
    And I should not see "Withdraw to card"
    When I click "History"
    Then I should see "Refund for order"
    And I should see "+US $12.99"

  @article-000 @article-003
  Scenario: The balance pays for the next purchase
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    And I click "Place order"
    And I click "My Orders"
    And I click "Open dispute"
    And I click "Submit dispute"
    Then I should see "Dispute opened"
    When the dispute over the latest order is decided in the buyer's favour
    And I open "https://www.aliexpress.com/checkout.htm?item=1005004"
    And I check "Alipay balance (US $12.99)"
    And I click "Place order"
    Then I should see "Paid with Alipay balance"
    And the buyer's wallet balance is "US $3.79"
    When I open "https://intl.alipay.com/history.htm"
    Then I should see "Payment for order"
    And I should see "-US $9.20"

  @article-003
  Scenario: With no bound card the refund returns to the card that paid
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    And I fill "Card number" with "4111 1111 1111 1111"
    And I fill "CVV/CVC" with "123"
    And I fill "Expiry date" with "12/30"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I uncheck "Bind card to Alipay"
    And I click "Save & Pay"
    And I click "My Orders"
    And I click "Open dispute"
    And I click "Submit dispute"
    Then I should see "Dispute opened"
    When the dispute over the latest order is decided in the buyer's favour
    And I open "https://www.aliexpress.com/orders.htm"
    Then I should see "Refunded to Visa •••• 1111"
    And the buyer's wallet balance is "US $0.00"

  @article-003
  Scenario: Unbinding the card before the decision sends the refund back to the card
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    And I click "Place order"
    And I click "My Orders"
    And I click "Open dispute"
    And I click "Submit dispute"
    Then I should see "Dispute opened"
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm" in a new tab
    And I click "Delete card"
    And I accept the alert
    Then the buyer has no bound cards
    When the dispute over the latest order is decided in the buyer's favour
    And I open "https://www.aliexpress.com/orders.htm"
    Then I should see "Refunded to Visa •••• 4242"
    And the buyer's wallet balance is "US $0.00"

  @article-004 @profile:withdrawable-balance
  Scenario: In 004's wallet the balance can be withdrawn to a bound card
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    And I click "Place order"
    And I click "My Orders"
    And I click "Open dispute"
    And I click "Submit dispute"
    Then I should see "Dispute opened"
    When the dispute over the latest order is decided in the buyer's favour
    And I open "https://intl.alipay.com/"
    Then I should see "You can spend the balance on purchases or withdraw it to a bound card."
    When I click "Withdraw to card"
    And I select "Visa •••• 4242" from "Card"
    And I click "Withdraw"
    Then I should see "The balance has been withdrawn to your card"
    And I should see "Withdrawal to Visa •••• 4242"
    And the buyer's wallet balance is "US $0.00"
