INSERT INTO users VALUES ('admin', '$2y$10$IZypWjLB.ut6Hi.EJkUiDJq/4CW7pZk7as8TjMxVoaIPr9q7twxNT');
