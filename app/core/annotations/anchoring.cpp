#include "annotations/anchoring.h"
