#include "import/article_parser.h"
