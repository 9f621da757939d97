@P1
Feature: P1 Remove a card through My Alipay
  The buyer removes a card from the wallet's card list.

  Sources: 003_ru_sample.txt lines 3-4 and 7 (Russian original),
  001_sw_sample.txt line 2 (Swahili).

  @article-003
  Scenario: The card list opens
    Given a buyer with a card "•••• 4242"
    And the cards:
      | brand | last4 |
      | Visa  | 4242  |
    When the buyer opens the card list
    Then the card list shows "•••• 4242"

  @article-003 @article-001
  Scenario: The delete button is missing
    Given a buyer with a card "•••• 4242"
    When the buyer opens the card list
    And the buyer clicks "Удалить карту"
    Then the card list is empty

  @P3
  Scenario: The help center's button
    Cited on its own: 002_id_sample.txt lines 2-3 (Indonesian).

    Given a buyer with a card "•••• 4242"
    When the buyer opens the card list
    Then the card list shows "•••• 4242"
