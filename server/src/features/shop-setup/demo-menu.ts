import type { MenuSeed } from "../menu/index.js";

/** The demo shop's menu: enough variety to exercise required and optional option groups and sold-out items. */
export const demoMenu: MenuSeed[] = [
  {
    name: "Coffee",
    items: [
      {
        name: "Latte",
        description: "Double espresso with silky steamed milk.",
        price: 2800,
        groups: [
          {
            name: "Size",
            min: 1,
            max: 1,
            options: [
              ["Regular", 0],
              ["Large", 400],
            ],
          },
          {
            name: "Milk",
            min: 0,
            max: 1,
            options: [
              ["Oat milk", 300],
              ["Soy milk", 200],
            ],
          },
          {
            name: "Extras",
            min: 0,
            max: 2,
            options: [
              ["Extra shot", 500],
              ["Vanilla syrup", 300],
            ],
          },
        ],
      },
      {
        name: "Americano",
        description: "Espresso topped with hot water. Bright and clean.",
        price: 2200,
        groups: [
          {
            name: "Temperature",
            min: 1,
            max: 1,
            options: [
              ["Hot", 0],
              ["Iced", 200],
            ],
          },
        ],
      },
      { name: "Flat White", description: "Ristretto shots, thin velvety milk.", price: 3000 },
    ],
  },
  {
    name: "Noodles",
    items: [
      {
        name: "Dan Dan Noodles",
        description: "Sichuan pepper, minced pork, chilli oil and peanuts.",
        price: 3800,
        groups: [
          {
            name: "Spice level",
            min: 1,
            max: 1,
            options: [
              ["Mild", 0],
              ["Medium", 0],
              ["Hot", 0],
            ],
          },
        ],
      },
      {
        name: "Braised Beef Noodle Soup",
        description: "Slow-braised beef shank in a rich five-spice broth.",
        price: 4200,
        groups: [
          {
            name: "Add-ons",
            min: 0,
            max: 3,
            options: [
              ["Soft egg", 300],
              ["Extra beef", 1200],
              ["Bok choy", 400],
            ],
          },
        ],
      },
      { name: "Scallion Oil Noodles", description: "Fragrant, simple, addictive.", price: 2600 },
    ],
  },
  {
    name: "Small plates",
    items: [
      { name: "Pork Buns (3)", description: "Steamed, juicy, made every morning.", price: 1800 },
      { name: "Scallion Pancake", description: "Flaky and crisp, with dipping sauce.", price: 1600 },
      { name: "Smashed Cucumber", description: "Garlic, black vinegar, sesame.", price: 1400 },
    ],
  },
  {
    name: "Tea & desserts",
    items: [
      { name: "Jasmine Tea", description: "A pot of fragrant green tea.", price: 1500 },
      { name: "Mango Pudding", description: "Fresh mango, coconut cream.", price: 1800, soldOut: true },
    ],
  },
];
