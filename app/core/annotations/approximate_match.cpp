#include "annotations/approximate_match.h"
