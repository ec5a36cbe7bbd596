/* super() and property: the two built-in descriptors classes lean on. */
#ifndef MPY_SUPER_H
#define MPY_SUPER_H
#include "object.h"

extern MpyTypeObject MpySuper_Type, MpyProperty_Type;

#endif
