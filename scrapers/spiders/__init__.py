"""scowatch's spiders: one module per outlet, shared behaviour in base.py."""
