"""What a learner receives: baked badges, the wallet file, the LinkedIn link, e-mail messages and
drafts, and sending them over SMTP. Pure of the database: services/delivery.py feeds it."""
