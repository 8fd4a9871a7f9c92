//go:build amd64 && !purego

#include "textflag.h"

// func addRows(e *[numTags]float32, weights []float32, rows []int32)
TEXT ·addRows(SB), NOSPLIT, $0-56
	MOVQ e+0(FP), DI
	MOVQ weights_base+8(FP), SI
	MOVQ weights_len+16(FP), R8
	MOVQ rows_base+32(FP), BX
	MOVQ rows_len+40(FP), CX
	SUBQ $16, R8 // largest valid row start, in floats (negative: none)
	MOVUPS 4(DI), X0
	MOVUPS 20(DI), X1
	MOVUPS 36(DI), X2
	MOVUPS 52(DI), X3

loop:
	TESTQ CX, CX
	JZ    done
	MOVLQSX (BX), AX
	ADDQ  $4, BX
	DECQ  CX
	TESTQ AX, AX
	JL    loop // noRow
	SHLQ  $4, AX
	CMPQ  AX, R8
	JG    loop // outside weights: cannot happen, never read it
	MOVUPS (SI)(AX*4), X4
	MOVUPS 16(SI)(AX*4), X5
	MOVUPS 32(SI)(AX*4), X6
	MOVUPS 48(SI)(AX*4), X7
	ADDPS X4, X0
	ADDPS X5, X1
	ADDPS X6, X2
	ADDPS X7, X3
	JMP   loop

done:
	MOVUPS X0, 4(DI)
	MOVUPS X1, 20(DI)
	MOVUPS X2, 36(DI)
	MOVUPS X3, 52(DI)
	RET
