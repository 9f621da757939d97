@P1
Feature: Remove a card through My Alipay
  A buyer removes a card the wallet keeps,
  as the articles tell it.

  Background:
    Given a buyer with a card "•••• 4242"

  Scenario: The card list opens
    When the buyer opens the card list
    Then the card list shows "•••• 4242"

  @evidence
  Scenario: The delete button is missing
    When the buyer opens the card list
    And the buyer clicks "Delete card"
    Then the card list is empty

  Scenario: A step nobody wrote yet
    When the buyer does something nobody wrote
    Then the card list is empty

  Scenario Outline: Cards of every brand can be removed
    Given a <brand> card ending in <last4>
    When the buyer removes the card ending in <last4>
    Then the card list is empty

    Examples: Visa and MasterCard
      | brand      | last4 |
      | Visa       | 4242  |
      | MasterCard | 5454  |

    @maestro
    Examples:
      | brand   | last4 |
      | Maestro | 6759  |

  Scenario: The confirmation mail
    Given the mailbox holds:
      """text/plain
      Confirm your e-mail: https://intl.alipay.com/confirm?token=abc&locale=ru_RU
      """
    And the cards:
      | brand | last4 |
      | Visa  | 4242  |
    Then the mail links to "intl.alipay.com"
