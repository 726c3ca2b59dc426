"""Calques: French press clichés and idioms rendered word for word."""
from .coinages import RULE as COINAGE_CALQUE
from .constructions import RULE as CONSTRUCTION_CALQUE
from .locution_shapes import RULE as LOCUTION_SHAPE_CALQUE
from .press_cliches import RULE as PRESS_CLICHE_CALQUE
from .structures import RULE as STRUCTURE_CALQUE

RULES = (PRESS_CLICHE_CALQUE, CONSTRUCTION_CALQUE, STRUCTURE_CALQUE, COINAGE_CALQUE, LOCUTION_SHAPE_CALQUE)
