#include "annotations/annotation_exchange.h"
