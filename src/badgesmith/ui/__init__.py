"""The PySide6 desktop application. Every window calls ``badgesmith.core.services``."""
