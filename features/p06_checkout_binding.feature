@P6
Feature: P6 Bind a card at checkout
  Buying anything, the buyer types a 16-digit card number, the CVV/CVC, the
  expiry date and the holder's name. The box "Bind card to Alipay" is ticked
  by default; "Save & Pay" with it ticked binds the card, which becomes the
  default; unticked, nothing of the card is kept. Visa, MasterCard and
  Maestro are taken.

  Sources: 001_e419e31055833929.txt lines 42-46 (Swahili: the box ticked by default),
  002_1755790eeb5af2fa.txt lines 81, 227 and 241-243 (Indonesian),
  003_225e3ac7510057b2.txt lines 48, 66-72, 83, 87 and 213 (Russian original:
  "Привязать карту к Alipay", "Сохранить & Оплатить", the new card becomes the default).

  @article-003 @article-002
  Scenario Outline: With the box left ticked, Save & Pay binds the <brand> card
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I click "Wireless Earbuds"
    And I click "Buy now"
    And I fill "Card number" with "<number>"
    And I fill "CVV/CVC" with "123"
    And I fill "Expiry date" with "12/30"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I click "Save & Pay"
    Then I should see "Thank you! Your order has been placed."
    And I should see "is now bound to Alipay and is your default card"
    And the buyer's bound cards are "<card>"
    And the buyer's default card is "<card>"
    And the buyer has 1 order
    When I open "https://www.aliexpress.com/checkout.htm"
    Then I should see "<masked>"

    Examples:
      | brand      | number              | card            | masked               |
      | Visa       | 4111 1111 1111 1111 | Visa 1111       | Visa •••• 1111       |
      | MasterCard | 5555 5555 5555 4444 | MasterCard 4444 | MasterCard •••• 4444 |
      | Maestro    | 5018 0000 0000 0009 | Maestro 0009    | Maestro •••• 0009    |

  @article-003
  Scenario: A second card bound at checkout becomes the default
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    And I fill "Card number" with "5555 5555 5555 4444"
    And I fill "CVV/CVC" with "123"
    And I fill "Expiry date" with "12/30"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I click "Save & Pay"
    Then I should see "Thank you! Your order has been placed."
    And the buyer's bound cards are "Visa 4242, MasterCard 4444"
    And the buyer's default card is "MasterCard 4444"

  @article-003 @article-002
  Scenario: With the box unticked nothing is kept
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    And I fill "Card number" with "4111 1111 1111 1111"
    And I fill "CVV/CVC" with "123"
    And I fill "Expiry date" with "12/30"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I uncheck "Bind card to Alipay"
    And I click "Save & Pay"
    Then I should see "Thank you! Your order has been placed."
    And I should see "Paid with Visa •••• 1111"
    And I should not see "is now bound to Alipay"
    And the buyer has 1 order
    And the buyer has no bound cards
    When I open "https://www.aliexpress.com/checkout.htm"
    Then I should see "No saved cards"

  @article-003
  Scenario: A card number that fails the check is refused; the rest of the form stays
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    And I fill "Card number" with "4111 1111 1111 1112"
    And I fill "CVV/CVC" with "123"
    And I fill "Expiry date" with "12/30"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I click "Save & Pay"
    Then I should see "This card number is not valid: check the digits"
    And the buyer has 0 orders
    And the buyer has no bound cards
    When I fill "Card number" with "4111 1111 1111 1111"
    And I fill "CVV/CVC" with "123"
    And I click "Save & Pay"
    Then I should see "Thank you! Your order has been placed."
    And the buyer's bound cards are "Visa 1111"

  @article-003
  Scenario Outline: A card that breaks a rule is refused: <rule>
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    And I fill "Card number" with "<number>"
    And I fill "CVV/CVC" with "<cvv>"
    And I fill "Expiry date" with "<expiry>"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I click "Save & Pay"
    Then I should see "<message>"
    And the buyer has 0 orders
    And the buyer has no bound cards

    Examples:
      | rule             | number              | cvv | expiry | message                                       |
      | 15 digits        | 4111 1111 1111 111  | 123 | 12/30  | The card number must have 16 digits           |
      | a brand not taken | 3400 0000 0000 0000 | 123 | 12/30  | We accept Visa, MasterCard and Maestro cards  |
      | CVV of 2 digits  | 4111 1111 1111 1111 | 12  | 12/30  | The CVV/CVC must be 3 digits                  |
      | an expired card  | 4111 1111 1111 1111 | 123 | 01/24  | This card has expired                         |

  @article-003 @locale:ru_RU
  Scenario: The same binding with the Russian labels the article quotes
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I click "Беспроводные наушники"
    And I click "Купить сейчас"
    And I fill "Номер карты" with "4111 1111 1111 1111"
    And I fill "CVV/CVC" with "123"
    And I fill "Срок действия" with "12/30"
    And I fill "Имя владельца" with "IVAN PETROV"
    And I click "Сохранить & Оплатить"
    Then I should see "Спасибо! Заказ оформлен."
    And the buyer's bound cards are "Visa 1111"
