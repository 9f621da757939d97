Feature: Article 000 (Hindi): Edit, Delete and OK in My Alipay, the ru_RU link, and where refunds go
  The Hindi article: get to the wallet through the last item of the
  storefront's drop-down, edit the card list, delete the card and press OK
  in the warning box; or take the direct link with locale=ru_RU; and why a
  refund through Alipay stays in the wallet.
  Source: 000_abb3b5b6ec466300.txt lines 5-8
  Source: 000_abb3b5b6ec466300.txt lines 9-12
  Source: 000_abb3b5b6ec466300.txt lines 13-15

  @P1 @article-000 @profile:edit-delete+alert-confirm
  Scenario: A registered buyer goes straight to the wallet, edits the cards, deletes one and presses OK
    Source: 000_abb3b5b6ec466300.txt lines 6, 10-11
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit"
    Then I should see "Visa •••• 4242"
    When I click "Delete"
    And I accept the alert
    Then I should not see "Visa •••• 4242"
    And the buyer has no bound cards

  @P1 @article-000 @profile:edit-delete+alert-confirm
  Scenario: Pressing Cancel in the warning box leaves the card bound
    Source: 000_abb3b5b6ec466300.txt lines 10-11
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit"
    And I click "Delete"
    And I dismiss the alert
    Then I should see "Visa •••• 4242"
    And the buyer's bound cards are "Visa 4242"

  @P13 @article-000 @profile:registration-closed+edit-delete+alert-confirm
  Scenario: The way still works after Alipay stopped serving the marketplace in 2017
    Source: 000_abb3b5b6ec466300.txt lines 11
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit"
    And I click "Delete"
    And I accept the alert
    Then the buyer has no bound cards

  @P2 @article-000
  Scenario: The faster way: the direct link with locale=ru_RU, then Delete card
    Source: 000_abb3b5b6ec466300.txt lines 12
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU"
    Then I should see "Visa •••• 4242"
    When I click "Удалить карту"
    And I accept the alert
    Then I should not see "Visa •••• 4242"
    And the buyer has no bound cards

  @P2 @article-000
  Scenario: After deleting through the link the reader can sign out
    Source: 000_abb3b5b6ec466300.txt lines 12
    Given a buyer with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU"
    And I click "Удалить карту"
    And I accept the alert
    Then the buyer's bound cards are "MasterCard 5454"
    When I click "Выйти"
    And I open "https://www.aliexpress.com/"
    Then I should not see "Hi, Ivan Petrov"

  @P5 @article-000
  Scenario: A new user confirms the e-mail address through the letter before reaching the wallet
    Source: 000_abb3b5b6ec466300.txt lines 6-7
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Open Alipay Wallet Now"
    And I fill "Email" with "buyer@example.com"
    And I enter the captcha
    And I click "Send confirmation email"
    Then the buyer has received 1 emails
    When I open the latest email
    And I follow the link in it
    Then I should see "Set up security"
    And the buyer's wallet status is "confirmed"

  @P12 @article-000
  Scenario: A won dispute over an order paid through Alipay goes to the wallet balance, not the card
    Source: 000_abb3b5b6ec466300.txt lines 14
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I click "Wireless Earbuds"
    And I click "Buy Now"
    And I click "Place order"
    Then the buyer has 1 order
    When I click "My Orders"
    And I click "Open dispute"
    And I click "Submit dispute"
    And the dispute over the latest order is decided in the buyer's favour
    Then the buyer's wallet balance is "US $12.99"
    When I hover over "My AliExpress"
    And I click "My Alipay"
    Then I should see "US $12.99"
    And I should see "cannot be withdrawn to a card"

  @P12 @article-000
  Scenario: The next purchase is paid from the wallet balance
    Source: 000_abb3b5b6ec466300.txt lines 15
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I click "Wireless Earbuds"
    And I click "Buy Now"
    And I click "Place order"
    And I click "My Orders"
    And I click "Open dispute"
    And I click "Submit dispute"
    And the dispute over the latest order is decided in the buyer's favour
    And I open "https://www.aliexpress.com/"
    And I click "Wireless Earbuds"
    And I click "Buy Now"
    And I click "Alipay balance (US $12.99)"
    And I click "Place order"
    Then the buyer has 2 orders
    And the buyer's wallet balance is "US $0.00"

  @P1 @article-000 @profile:edit-delete+alert-confirm
  Scenario: Of two cards, Delete next to the one to remove takes only that one
    Source: 000_abb3b5b6ec466300.txt lines 10-11
    Given a buyer with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit"
    And I click "Delete" next to "MasterCard •••• 5454"
    And I accept the alert
    Then I should not see "MasterCard •••• 5454"
    And I should see "Visa •••• 4242"
    And the buyer's bound cards are "Visa 4242"

  @P12 @article-000
  Scenario: The wallet offers no way to withdraw the refund to a card
    Source: 000_abb3b5b6ec466300.txt lines 14
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I click "Wireless Earbuds"
    And I click "Buy Now"
    And I click "Place order"
    And I click "My Orders"
    And I click "Open dispute"
    And I click "Submit dispute"
    And the dispute over the latest order is decided in the buyer's favour
    And I hover over "My AliExpress"
    And I click "My Alipay"
    Then I should see "US $12.99"
    And I should not see the word "Withdraw"
