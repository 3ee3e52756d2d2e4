/** One page of the build and the compressed JavaScript it downloads (bench/js-size.js). */
export interface RouteSize {
	route: string;
	csr: boolean;
	files: number;
	scripts: string[];
	gzipBytes: number;
}

export function routeSizes(): Promise<RouteSize[]>;
