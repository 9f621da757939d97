Feature: A writer's article followed in another order than its own
  Source: 003_ru_sample.txt (Russian original)

  Rule: Method 2
    Scenario: The second way
      From 003_ru_sample.txt line 7.

      Given a buyer with a card "•••• 4242"
      When the buyer clicks "Удалить карту"

  Rule: Method 1
    Scenario: The first way, its later line
      From 003_ru_sample.txt line 4.

      Given a buyer with a card "•••• 4242"
      When the buyer opens the card list

    Scenario: The first way
      From 003_ru_sample.txt line 3.

      Given a buyer with a card "•••• 4242"
      Then the card list shows "•••• 4242"
