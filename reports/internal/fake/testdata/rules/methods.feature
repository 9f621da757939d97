Feature: Two ways to the card list

  Scenario: Before any rule
    Given a buyer with a card "•••• 4242"

  Rule: Method 1
    Scenario: Through the menu
      Given a buyer with a card "•••• 4242"
      When the buyer opens the card list
      Then the card list shows "•••• 4242"

  Rule: Method 2
    Scenario: Through the link
      Given a buyer with a card "•••• 4242"
      When the buyer clicks "Delete card"
